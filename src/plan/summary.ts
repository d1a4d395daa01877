// The plan, as a person reads it: a Markdown table for the job summary and
// aligned text for the log.
import { allRefs, type Plan } from './plan.js'
import { shellQuote } from '../versions/words.js'

const TYPE_LABEL = {
  release: 'Release',
  dev: 'Development release',
  verify: 'Pull request check',
  cleanup: 'Cleanup of a deleted branch',
  skip: 'Nothing to release'
}

export function rows(plan: Plan): [string, string][] {
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
  if (plan.indexPreview) rows.push(['Index', plan.indexPreview])
  // No image is built (publish-docker: false): no Docker rows. A cleanup shows the tags it would remove.
  if (plan.type !== 'cleanup' && !plan.steps.some(s => s.id === 'docker' && !s.skippedBecause)) return rows
  rows.push(['Image', [plan.image, ...plan.mirrors].join('\n')])
  rows.push(['Docker tags', allRefs(plan).join('\n') || '(none)'])
  if (plan.owners.length) rows.push(['Tag owners', plan.owners.map(o => `${o.tag}: ${o.what}`).join('\n')])
  if (plan.latestReason) rows.push(['latest', plan.latestReason])
  rows.push(['Platforms', plan.platforms.join(', ')])
  if (plan.type !== 'cleanup') rows.push(['Dockerfile', plan.dockerfile])
  if (plan.imagePush) rows.push(['Image push', plan.imagePush])
  return rows
}

function stepLines(plan: Plan): string[] {
  return plan.steps.map((s, i) => `${i + 1}. ${s.title}${s.skippedBecause ? ` (skipped: ${s.skippedBecause})` : ''}`)
}

// Branch and tag names are user data: escape them, so that they show as text.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')
}

export function cell(text: string, literal: boolean): string {
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

/** Why a run failed, as a summary's first lines: GitHub's caution callout under `heading`. */
export function failedMarkdown(heading: string, message: string): string {
  return `## ${escapeHtml(heading)}\n\n> [!CAUTION]\n> ${escapeHtml(message).replace(/\n/g, '\n> ')}\n`
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

/** The command that reads this push's release back (docs/verify.md): the same ref, image, platforms and index. */
export function verifyCommand(plan: Pick<Plan, 'ref' | 'image' | 'platforms' | 'mirrors'>, indexUrl: string): string {
  const image = [plan.image, ...plan.mirrors].join(',')
  // Every value quoted for a shell: the ref is a branch name, which anyone who can push chooses.
  const q = shellQuote
  return `dev-release verify --ref ${q(plan.ref)} --image ${q(image)} --platforms ${q(plan.platforms.join(','))} --pypi-url ${q(indexUrl)}`
}
