import { UsageError } from '@meshplane/usecases';
import { GithubError } from '@meshplane/github';
import { PlatformError } from '@meshplane/platform';
import { PolicyError } from '@meshplane/policy';

/** Why a job could not run, in words for the check run or deployment, and what to do. */
export function describeFailure(e: unknown): { message: string; hint: string } {
  if (e instanceof UsageError)
    return { message: e.message, hint: 'Fix `.github/meshplane.yml` on the default branch; this check runs again on the next push or `/meshplane recheck`.' };
  if (e instanceof GithubError)
    return { message: e.message, hint: 'GitHub could not be read or written; comment `/meshplane recheck` or re-run the check to try again.' };
  if (e instanceof PlatformError) return { message: e.message, hint: 'Fix the platform (connection, permissions) and push again or re-run the deployment.' };
  if (e instanceof PolicyError)
    return { message: e.message, hint: 'The policy toolchain on the app host failed (is the pinned `opa` installed?); the check fails closed until it works.' };
  const message = e instanceof Error ? e.message : String(e);
  return { message: `Unexpected error: ${message}`, hint: 'This is a bug in Meshplane if it repeats; the app log has the details.' };
}
