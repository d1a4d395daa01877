// The plan, as a person reads it: a Markdown table for the job summary and
// aligned text for the log.
import type { Outcome } from '../steps/outcome.js'
import { allRefs, type Plan } from './plan.js'
import { plural } from '../versions/words.js'

const TYPE_LABEL = {
  release: 'Release',
  dev: 'Development release',
  verify: 'Pull request check',
  cleanup: 'Cleanup of a deleted branch',
  skip: 'Nothing to release'
}

function rows(plan: Plan): [string, string][] {
  const rows: [string, string][] = [
    ['Release type', `${TYPE_LABEL[plan.type]} (${plan.type})`],
    ['Reason', plan.reason],
    ['Ref', plan.ref],
    ['Commit', plan.sha]
  ]
  if (plan.type === 'skip') return rows
  rows.push(['Version', plan.version])
  if (plan.distVersion)
    rows.push(['Version in the files', `${plan.distVersion} (normalize = false: the build backend normalizes)`])
  if (plan.versionSource) rows.push(['Version from', plan.versionSource])
  // No image is built (publish-docker: false): no Docker rows. A cleanup shows the tags it would remove.
  if (plan.type !== 'cleanup' && !plan.steps.some(s => s.id === 'docker' && !s.skippedBecause)) return rows
  rows.push(['Image', [plan.image, ...plan.mirrors].join('\n')])
  rows.push(['Docker tags', allRefs(plan).join('\n') || '(none)'])
  if (plan.owners.length) rows.push(['Tag owners', plan.owners.map(o => `${o.tag}: ${o.what}`).join('\n')])
  if (plan.latestReason) rows.push(['latest', plan.latestReason])
  rows.push(['Platforms', plan.platforms.join(', ')])
  if (plan.imagePush) rows.push(['Image push', plan.imagePush])
  return rows
}

function stepLines(plan: Plan): string[] {
  return plan.steps.map((s, i) => `${i + 1}. ${s.title}${s.skippedBecause ? ` (skipped: ${s.skippedBecause})` : ''}`)
}

// Branch and tag names are user data: escape them, so that they show as text.
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')
}

function cell(text: string, literal: boolean): string {
  const lines = escapeHtml(text).split('\n')
  return (literal ? lines.map(line => `<code>${line}</code>`) : lines).join('<br>')
}

export function planMarkdown(plan: Plan, heading: string): string {
  const literal = new Set(['Ref', 'Commit', 'Version', 'Image', 'Docker tags'])
  const lines = [`## ${heading}`, '', '| | |', '|---|---|']
  for (const [key, value] of rows(plan)) lines.push(`| **${key}** | ${cell(value, literal.has(key))} |`)
  if (plan.steps.length) lines.push('', '**Steps**', '', ...stepLines(plan).map(escapeHtml))
  const notes = [
    ...plan.warnings.map(w => `> [!WARNING]\n> ${escapeHtml(w)}`),
    ...plan.notices.map(n => `> [!NOTE]\n> ${escapeHtml(n)}`)
  ]
  if (notes.length) lines.push('', ...notes.flatMap(n => [n, '']))
  return lines.join('\n') + '\n'
}

export function planText(plan: Plan): string {
  const table = rows(plan)
  const width = Math.max(...table.map(([k]) => k.length))
  const lines: string[] = []
  for (const [key, value] of table) {
    const [first, ...more] = value.split('\n')
    lines.push(`${key.padEnd(width)}  ${first}`)
    for (const line of more) lines.push(`${' '.repeat(width)}  ${line}`)
  }
  if (plan.steps.length) lines.push('Steps', ...stepLines(plan).map(l => `  ${l}`))
  return lines.join('\n')
}

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

const STEP_DONE: Record<string, string> = {
  'python-build': 'built',
  stage: 'staged',
  docker: 'pushed',
  pypi: 'uploaded'
}

/** The summary of a failed run: the plan, each step's fate, and the error. */
export function failureMarkdown(plan: Plan, outcome: Outcome, message: string): string {
  const lines = [
    `## dev-release failed: ${escapeHtml(plan.type === 'release' ? `release ${plan.version}` : `development release ${plan.version}`)}`,
    ''
  ]
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
  lines.push('', '> [!CAUTION]', `> ${escapeHtml(message).replace(/\n/g, '\n> ')}`, '')
  return lines.join('\n') + '\n'
}

/** A job summary as plain text, for a terminal: no tags, entities or table rules. */
export function summaryAsText(markdown: string): string {
  return markdown
    .replace(/<\/?code>/g, '')
    .replace(/<br>/g, ', ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&')
    .replace(/^\|---.*\n/gm, '')
    .replace(/\*\*/g, '')
}

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

/** The command that reads this push's release back (docs/verify.md): the same ref, image, platforms and index. */
export function verifyCommand(plan: Pick<Plan, 'ref' | 'image' | 'platforms' | 'mirrors'>, indexUrl: string): string {
  const image = [plan.image, ...plan.mirrors].join(',')
  return `dev-release verify --ref ${plan.ref} --image ${image} --platforms ${plan.platforms.join(',')} --pypi-url ${indexUrl}`
}
