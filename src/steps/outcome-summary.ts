// What a run did, as a person reads it in the job summary: the images pushed, the files uploaded, the tags a cleanup
// removed, and after a failure what was done and what was not. (The plan's own summary is the planner's.)
import { cell, escapeHtml, failedMarkdown, rows, verifyCommand } from '../plan/summary.js'
import type { Plan, StepId } from '../plan/plan.js'
import { plural } from '../versions/words.js'
import type { Outcome } from './outcome.js'

/** Where a person looks at an image's tags, for the registries that have such a page. */
function registryPage(image: string): string | undefined {
  const [host, ...path] = image.split('/')
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
    const repo = path.length ? [host, ...path].join('/') : `library/${host}`
    return `https://hub.docker.com/r/${repo}/tags`
  }
  if (host === 'docker.io') return `https://hub.docker.com/r/${path.join('/')}/tags`
  if (host === 'ghcr.io') return `https://${image}`
  return undefined
}

/** What was published where: the job summary of a real run. */
export function outcomeMarkdown(plan: Plan, outcome: Outcome, indexUrl: string): string {
  if (plan.type === 'cleanup') return cleanupMarkdown(plan, outcome)
  const title =
    plan.type === 'release'
      ? `released ${plan.version}`
      : plan.type === 'verify'
        ? `verified ${plan.version}${outcome.image ? `: builds for ${plural(outcome.image.platforms.length, 'platform')}` : ''}, nothing published`
        : `development release ${plan.version}`
  const lines = [`## dev-release: ${escapeHtml(title)}`, '', '| | |', '|---|---|']
  const literal = new Set(['Ref', 'Commit', 'Version'])
  for (const [key, value] of rows(plan).filter(([k]) => !['Docker tags', 'Image', 'Platforms'].includes(k))) {
    lines.push(`| **${key}** | ${cell(value, literal.has(key))} |`)
  }
  if (outcome.image && plan.type === 'verify') {
    lines.push(
      '',
      `Built for ${outcome.image.platforms.join(', ')}; kept in the build cache, pushed nowhere. No login, no upload.`
    )
    if (outcome.image.how) lines.push('', `Built as decided before the build: ${escapeHtml(outcome.image.how)}.`)
  } else if (outcome.image) {
    const page = registryPage(plan.image)
    lines.push(
      '',
      `### Docker image${page ? ` ([registry](${page}))` : ''}`,
      '',
      '| Tag | Digest | Platforms |',
      '|---|---|---|'
    )
    const tags = outcome.image.refs.length ? outcome.image.refs : [`${plan.image} (by digest, for the merge job)`]
    for (const tag of tags) {
      lines.push(`| ${cell(tag, true)} | ${cell(outcome.image.digest, true)} | ${outcome.image.platforms.join(', ')} |`)
    }
    for (const more of outcome.image.more ?? []) {
      for (const tag of more.refs)
        lines.push(`| ${cell(tag, true)} | ${cell(more.digest, true)} | ${more.platforms.join(', ')} |`)
    }
    if (outcome.image.how) lines.push('', `Pushed as decided before the build: ${escapeHtml(outcome.image.how)}.`)
    for (const a of outcome.imageAttestations ?? [])
      lines.push(
        '',
        `Provenance of <code>${escapeHtml(a.image)}@${escapeHtml(a.digest)}</code>: signed (${escapeHtml(a.where)}), GitHub attestation ${a.id}; check it with <code>gh attestation verify oci://${escapeHtml(a.image)}@${escapeHtml(a.digest)} --owner ${escapeHtml(a.image.split('/')[1] ?? '')}</code>.`
      )
  }
  if (outcome.uploads.length) {
    lines.push('', `### Package index (${escapeHtml(indexUrl)})`, '', '| File | Result |', '|---|---|')
    for (const u of outcome.uploads)
      lines.push(
        `| ${cell(u.file, true)} | ${u.result === 'skipped' ? 'not uploaded' : u.result}${u.why ? `: ${escapeHtml(u.why)}` : ''}${u.logIndex ? `, with a PEP 740 attestation (transparency log entry ${escapeHtml(u.logIndex)})` : ''} |`
      )
    if (outcome.indexPage)
      lines.push(
        '',
        `[${escapeHtml(outcome.distName ?? 'project')} ${plan.version} on the index](${outcome.indexPage})`
      )
  }
  if (plan.type === 'release' || plan.type === 'dev')
    lines.push('', `Check this release from anywhere: <code>${escapeHtml(verifyCommand(plan, indexUrl))}</code>`)
  const notes = [
    ...plan.warnings.map(w => `> [!WARNING]\n> ${escapeHtml(w)}`),
    ...plan.notices.map(n => `> [!NOTE]\n> ${escapeHtml(n)}`)
  ]
  if (notes.length) lines.push('', ...notes.flatMap(n => [n, '']))
  return lines.join('\n') + '\n'
}

const STEP_DONE: Record<StepId, string> = {
  'python-build': 'built',
  stage: 'staged',
  docker: 'pushed',
  'index-upload': 'uploaded',
  cleanup: 'removed'
}

/** The summary of a failed run: the plan, each step's fate, and the error. */
export function failureMarkdown(plan: Plan, outcome: Outcome, message: string): string {
  // The reason first: the person who opens the failed job reads why before what.
  const what = plan.type === 'release' ? `release ${plan.version}` : `development release ${plan.version}`
  const lines = [failedMarkdown(`dev-release failed: ${what}`, message)]
  lines.push('| | |', '|---|---|')
  for (const [key, value] of rows(plan))
    lines.push(`| **${key}** | ${cell(value, ['Ref', 'Commit', 'Version', 'Docker tags'].includes(key))} |`)
  lines.push('', '| Step | What happened |', '|---|---|')
  for (const step of plan.steps) {
    const fate = step.skippedBecause
      ? `skipped: ${step.skippedBecause}`
      : outcome.completed.includes(step.id)
        ? `done (${STEP_DONE[step.id]})`
        : outcome.current === step.id
          ? '**failed**'
          : 'not run'
    lines.push(`| ${escapeHtml(step.title)} | ${escapeHtml(fate)} |`)
  }
  if (outcome.image)
    lines.push(
      '',
      `Pushed: ${outcome.image.refs.map(t => `<code>${escapeHtml(t)}</code>`).join(', ')} (${escapeHtml(outcome.image.digest)})`
    )
  const uploaded = outcome.uploads.filter(u => u.result === 'uploaded')
  lines.push(
    '',
    uploaded.length
      ? `Uploaded to the index: ${uploaded.map(u => escapeHtml(u.file)).join(', ')}`
      : 'Nothing was uploaded to the index.'
  )
  return lines.join('\n') + '\n'
}

/** A job summary as plain text, for a terminal: no tags, entities or table rules. */
/** What became of a deleted branch's tags. */
function cleanupMarkdown(plan: Plan, outcome: Outcome): string {
  const lines = [
    `## dev-release: cleanup after ${escapeHtml(plan.ref || 'a deleted branch')}`,
    '',
    escapeHtml(plan.reason),
    '',
    '| Tag | Result |',
    '|---|---|'
  ]
  for (const r of outcome.removed ?? [])
    lines.push(`| ${cell(r.ref, true)} | ${r.result}${r.why ? `: ${escapeHtml(r.why)}` : ''} |`)
  return lines.join('\n') + '\n'
}
