#!/usr/bin/env node
// Entry point of actions/publish-site's build step (action.yml runs it, then uploads the site as the Pages artifact).
import { runAction } from '../runner/run-action.js';
import { runPublishSiteAction } from './run-publish-site-action.js';

await runAction((env) => runPublishSiteAction(env));
