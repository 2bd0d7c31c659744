#!/usr/bin/env node
// Entry point of actions/slo-monitor (action.yml runs it with the inputs as INPUT_* variables).
import { runAction } from '../runner/run-action.js';
import { runSloMonitorAction } from './run-slo-monitor-action.js';

await runAction((env) => runSloMonitorAction(env));
