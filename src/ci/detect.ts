/**
 * Is this run inside a CI job, and which one? Read from the environment the way the
 * ecosystem does (is-ci, ci-info, Lighthouse CI): `CI` set to anything but "false"
 * or "0", or a provider's own variable (`GITHUB_ACTIONS`, `GITLAB_CI`, …), which
 * also names the provider, its commit, branch and job URL for the report's record.
 */
export type CiProvider = 'github' | 'gitlab' | 'buildkite' | 'circleci' | 'azure' | 'jenkins' | 'generic';

export interface CiInfo {
  isCi: boolean;
  provider?: CiProvider;
  /** The provider's name as people write it. */
  name?: string;
  commit?: string;
  branch?: string;
  /** The pull or merge request number, when the job runs for one. */
  pullRequest?: string;
  /** A link to the job or pipeline. */
  url?: string;
}

type Env = Record<string, string | undefined>;

const set = (v: string | undefined): v is string => v !== undefined && v !== '' && v !== 'false' && v !== '0';

export function detectCi(env: Env = process.env): CiInfo {
  if (env.GITHUB_ACTIONS === 'true') {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const pr = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '')?.[1];
    return clean({
      isCi: true, provider: 'github', name: 'GitHub Actions', commit: env.GITHUB_SHA,
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME, pullRequest: pr,
      url: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    });
  }
  if (set(env.GITLAB_CI)) {
    return clean({
      isCi: true, provider: 'gitlab', name: 'GitLab CI', commit: env.CI_COMMIT_SHA,
      branch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME, pullRequest: env.CI_MERGE_REQUEST_IID,
      url: env.CI_JOB_URL ?? env.CI_PIPELINE_URL,
    });
  }
  if (set(env.BUILDKITE)) return clean({ isCi: true, provider: 'buildkite', name: 'Buildkite', commit: env.BUILDKITE_COMMIT, branch: env.BUILDKITE_BRANCH, url: env.BUILDKITE_BUILD_URL });
  if (set(env.CIRCLECI)) return clean({ isCi: true, provider: 'circleci', name: 'CircleCI', commit: env.CIRCLE_SHA1, branch: env.CIRCLE_BRANCH, url: env.CIRCLE_BUILD_URL });
  if (set(env.TF_BUILD)) return clean({ isCi: true, provider: 'azure', name: 'Azure Pipelines', commit: env.BUILD_SOURCEVERSION, branch: env.BUILD_SOURCEBRANCHNAME });
  if (set(env.JENKINS_URL) && set(env.BUILD_ID)) return clean({ isCi: true, provider: 'jenkins', name: 'Jenkins', commit: env.GIT_COMMIT, branch: env.GIT_BRANCH, url: env.BUILD_URL });
  if (set(env.CI) || set(env.CONTINUOUS_INTEGRATION) || set(env.BUILD_NUMBER) || set(env.RUN_ID)) return { isCi: true, provider: 'generic', name: 'CI' };
  return { isCi: false };
}

function clean(info: CiInfo): CiInfo {
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined && v !== '')) as unknown as CiInfo;
}
