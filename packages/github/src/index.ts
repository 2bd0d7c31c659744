/** @meshplane/github — everything that talks to GitHub through Octokit. */
export {};
