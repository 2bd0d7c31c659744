#!/usr/bin/env node
// Entry point of actions/check (action.yml runs it with the inputs as INPUT_* variables).
import { runAction } from '../runner/run-action.js';
import { runCheckAction } from './run-check-action.js';

await runAction((env) => runCheckAction(env));
