#!/usr/bin/env node
// Entry point of actions/expiry-monitor (action.yml runs it with the inputs as INPUT_* variables).
import { runAction } from '../runner/run-action.js';
import { runExpiryMonitorAction } from './run-expiry-monitor-action.js';

await runAction((env) => runExpiryMonitorAction(env));
