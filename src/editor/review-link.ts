// Where the reviewer sees a proposed branch, from the address of the remote it was pushed to. Pure:
// the address is read, never visited. GitHub and GitLab (their own sites or a council's server whose
// name says which it is) and Azure DevOps are known; any other remote (a file path, a host this does
// not know) gets no link, and the officer is told the branch's name instead.

/** A proposal's link for review, and what opening it does. */
export interface ReviewLink {
  host: 'github' | 'gitlab' | 'azure';
  /** The page where the pull request (merge request) is created, its title filled in. */
  url: string;
}

/** The remote's host and path ("github.com", "council/tracker"), without user, password or ".git". */
export function remoteParts(remote: string): { host: string; path: string } | undefined {
  const trimmed = remote.trim();
  // scp-like SSH: git@github.com:council/tracker.git (no scheme; a colon before any slash). A single
  // letter before the colon is a Windows drive (C:\repos\tracker), a folder, not a host.
  const scp = /^(?:[^@/\s]+@)?([^:/\\\s]+):(?!\/)(.+)$/.exec(trimmed);
  let host: string;
  let path: string;
  if (scp && scp[1]!.length > 1) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || !url.hostname) return undefined;
    host = url.hostname;
    path = decodeURIComponent(url.pathname);
  }
  path = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  return path ? { host: host.toLowerCase(), path } : undefined;
}

/** A branch name in a URL: each segment escaped, the slashes kept (proposal/2026-12-07-x). */
const branchInUrl = (branch: string) => branch.split('/').map(encodeURIComponent).join('/');

/** The page where a pull or merge request from `branch` is opened, titled `title`; undefined for an unknown host. */
export function reviewLink(remote: string, branch: string, title: string): ReviewLink | undefined {
  const parts = remoteParts(remote);
  if (!parts) return undefined;
  const { host, path } = parts;
  const segments = path.split('/');
  // Azure DevOps: https://dev.azure.com/org/project/_git/repo, https://org@dev.azure.com/…,
  // git@ssh.dev.azure.com:v3/org/project/repo, https://org.visualstudio.com/[DefaultCollection/]project/_git/repo
  if (host === 'ssh.dev.azure.com' && segments[0] === 'v3' && segments.length === 4) {
    const [, org, project, repo] = segments.map(encodeURIComponent);
    return azure(`https://dev.azure.com/${org}/${project}/_git/${repo}`, branch);
  }
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com')) {
    const git = segments.indexOf('_git');
    if (git < 1 || git !== segments.length - 2) return undefined;
    return azure(`https://${host}/${segments.map(encodeURIComponent).join('/')}`, branch);
  }
  const base = `https://${host}/${segments.map(encodeURIComponent).join('/')}`;
  if (host === 'github.com' || /(^|\.)github\./.test(host)) {
    if (segments.length !== 2) return undefined;
    return {
      host: 'github',
      url: `${base}/compare/${branchInUrl(branch)}?expand=1&title=${encodeURIComponent(title)}`,
    };
  }
  if (host === 'gitlab.com' || /(^|\.)gitlab\./.test(host)) {
    const query = new URLSearchParams({
      'merge_request[source_branch]': branch,
      'merge_request[title]': title,
    });
    return { host: 'gitlab', url: `${base}/-/merge_requests/new?${query}` };
  }
  return undefined;
}

function azure(repository: string, branch: string): ReviewLink {
  return { host: 'azure', url: `${repository}/pullrequestcreate?sourceRef=${encodeURIComponent(branch)}` };
}

/** GitLab's own link to the merge request a push created (push option merge_request.create), from the push's output. */
export function createdMergeRequest(pushOutput: string): string | undefined {
  return /https?:\/\/\S+\/-\/merge_requests\/\d+/.exec(pushOutput)?.[0];
}
