// The "Propose my changes" page of the editor (`npm run edit`): the officer's saved changes, a
// one-line summary, one button; then where the reviewer sees the proposal, or why it was not made,
// in plain words. Pure: HTML from what src/editor/propose.ts found. A plain form, so it works
// without the page's script and with every assistive technology a form does.
import type { ChangedFile, Proposal, Refusal, Roots } from './propose.ts';

/** Everything the page shows. */
export interface ProposePageState {
  roots: Roots;
  /** The saved changes, or why they could not be listed. */
  files: ChangedFile[] | Refusal;
  /** The remote proposals go to, without password (undefined: none). */
  remote?: string;
  /** Git does not know the officer's name and email: the form asks. */
  askAuthor: boolean;
  /** What the officer wrote and ticked, kept when a proposal is refused. */
  summary?: string;
  ticked?: readonly string[];
  author?: { name: string; email: string };
  /** The proposal just made, or why it was not. */
  result?: Proposal | Refusal;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const changeWords: Record<ChangedFile['change'], string> = {
  added: 'new',
  changed: 'changed',
  removed: 'removed',
};

const isProposal = (result: Proposal | Refusal | undefined): result is Proposal =>
  result !== undefined && 'branch' in result;

/** Where the reviewer sees the proposal, and what the officer does there, host by host. */
function proposed(p: Proposal): string {
  const files = `<ul>${p.files.map((f) => `<li><code>${escape(f)}</code></li>`).join('')}</ul>`;
  const branch = `<code>${escape(p.branch)}</code>`;
  let where: string;
  if (p.created)
    where = `<p>A merge request was opened for it. <strong>The reviewer sees it here:</strong> <a href="${escape(p.created)}">${escape(p.created)}</a></p>`;
  else if (p.link) {
    const button = {
      github: 'Create pull request',
      gitlab: 'Create merge request',
      azure: 'Create',
    }[p.link.host];
    where = `<p><strong>The reviewer sees it here:</strong> <a href="${escape(p.link.url)}">${escape(p.link.url)}</a></p>
<p>Open the link, check the title, and press <strong>${button}</strong>: the reviewer named for these files is asked to review it, and the checks run on it.</p>`;
  } else
    where = `<p><strong>The reviewer sees it</strong> as the branch ${branch} of <code>${escape(p.remote)}</code>: tell them its name. (This editor knows how to link to GitHub, GitLab and Azure DevOps only.)</p>`;
  return `<div class="done" role="status">
<h2>Your change is proposed</h2>
<p>“${escape(p.summary)}” is on the branch ${branch}, with these files:</p>
${files}
${where}
<p>Your saved changes stay in this editor, as they were. If the reviewer asks for a change, make it in the editor and propose again.</p>
</div>`;
}

/** The page, as HTML. */
export function proposePage(state: ProposePageState): string {
  const { roots } = state;
  const parts: string[] = [];
  if (isProposal(state.result)) parts.push(proposed(state.result));
  else if (state.result)
    parts.push(`<div class="problem" role="alert">
<h2>Your change was not proposed</h2>
<p>${escape(state.result.message)}</p>
${state.result.detail ? `<p class="detail">For whoever looks after the site, git said: <code>${escape(state.result.detail)}</code></p>` : ''}
</div>`);

  if (!Array.isArray(state.files)) {
    parts.push(
      `<div class="problem" role="alert"><p>${escape(state.files.message)}</p>${
        state.files.detail
          ? `<p class="detail">For whoever looks after the site, git said: <code>${escape(state.files.detail)}</code></p>`
          : ''
      }</div>`,
    );
  } else if (state.files.length === 0) {
    parts.push(
      `<p>You have no saved changes to propose: every file under <code>${escape(roots.content)}</code> and <code>${escape(roots.data)}</code> is as published. Save a change in the editor first.</p>`,
    );
  } else if (state.remote === undefined) {
    parts.push(
      `<div class="problem" role="alert"><p>This copy of the site has no "origin", the council's repository that proposals are sent to. Your saved changes are still here. Ask whoever looks after the site to connect it (docs/publishing.md).</p></div>`,
    );
  } else {
    const fresh = isProposal(state.result);
    const ticked = new Set(
      state.ticked && !fresh ? state.ticked : state.files.filter((f) => !f.proposedIn).map((f) => f.path),
    );
    const rows = state.files
      .map((f, i) => {
        const note = f.proposedIn
          ? ` <span class="hint">(already proposed as it is now, on ${escape(f.proposedIn)})</span>`
          : '';
        return `<li><input type="checkbox" name="file" value="${escape(f.path)}" id="file-${i}"${ticked.has(f.path) ? ' checked' : ''}> <label for="file-${i}"><code>${escape(f.path)}</code> — ${changeWords[f.change]}${note}</label></li>`;
      })
      .join('\n');
    const author = state.askAuthor
      ? `<p>This computer does not say who you are: the reviewer sees this name and address on the proposal.</p>
<p><label for="author-name">Your name</label><br><input id="author-name" name="author-name" autocomplete="name" required value="${escape(state.author?.name ?? '')}"></p>
<p><label for="author-email">Your email address</label><br><input id="author-email" name="author-email" type="email" autocomplete="email" required value="${escape(state.author?.email ?? '')}"></p>`
      : '';
    parts.push(`<form method="post">
<fieldset>
<legend>Your saved changes, not yet published</legend>
<ul class="files">
${rows}
</ul>
</fieldset>
<p><label for="summary">What changed, in one line</label><br>
<span class="hint" id="summary-hint">The reviewer sees it as the proposal's title, e.g. “Statement: improvement board welcomes new chair”.</span><br>
<input id="summary" name="summary" maxlength="120" required aria-describedby="summary-hint" value="${escape(fresh ? '' : (state.summary ?? ''))}"></p>
${author}
<p><button type="submit">Propose my changes</button></p>
<p class="hint">They are sent to <code>${escape(state.remote)}</code> as a new branch for review. Nothing is published until the reviewer approves it.</p>
</form>`);
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Propose my changes — editor</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1f2933; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
a { color: #1d4ed8; }
code, .done a { overflow-wrap: anywhere; }
code { font-size: 0.9em; }
.files { list-style: none; padding: 0; }
.files li { margin: 0.4rem 0; }
.hint { color: #4b5563; }
input:not([type]), input[type="email"] { width: 100%; max-width: 40rem; font: inherit; padding: 0.4rem; border: 2px solid #374151; box-sizing: border-box; }
input[type="checkbox"] { width: 1.2rem; height: 1.2rem; vertical-align: middle; }
button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; background: #0b3d6b; color: #fff; border: 2px solid #0b3d6b; cursor: pointer; }
:focus-visible { outline: 3px solid #fd0; outline-offset: 2px; }
fieldset { border: 0; padding: 0; margin: 0; }
legend { font-weight: 600; font-size: 1.15rem; }
.done { border-left: 6px solid #15803d; padding: 0.25rem 1rem; margin-bottom: 1.5rem; }
.problem { border-left: 6px solid #b91c1c; padding: 0.25rem 1rem; margin-bottom: 1.5rem; }
.detail { font-size: 0.9rem; }
</style>
</head>
<body>
<main>
<p><a href="/keystatic">← Back to the editor</a></p>
<h1>Propose my changes</h1>
<p>Send what you saved in the editor to the named reviewer, as one proposal. Once they approve it, the site is published with it.</p>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
