#!/usr/bin/env node
// Entry point of actions/provision (action.yml runs it with the inputs as INPUT_* variables).
import { runAction } from '../runner/run-action.js';
import { runProvisionAction } from './run-provision-action.js';

await runAction((env) => runProvisionAction(env));
