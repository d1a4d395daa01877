// The plan, as a person reads it: a Markdown table for the job summary and
// aligned text for the log.
import type { Plan } from './planner.js'

const TYPE_LABEL = { release: 'Release', dev: 'Development release', skip: 'Nothing to release' }

function rows(plan: Plan): [string, string][] {
  const rows: [string, string][] = [
    ['Release type', `${TYPE_LABEL[plan.type]} (${plan.type})`],
    ['Reason', plan.reason],
    ['Ref', plan.ref],
    ['Commit', plan.sha]
  ]
  if (plan.type === 'skip') return rows
  rows.push(['Version', plan.version])
  rows.push(['Image', plan.image])
  rows.push(['Docker tags', plan.dockerTags.join('\n') || '(none)'])
  if (plan.latest) rows.push(['latest', plan.latest])
  rows.push(['Platforms', plan.platforms.join(', ')])
  return rows
}

function stepLines(plan: Plan): string[] {
  return plan.steps.map((s, i) => `${i + 1}. ${s.title}${s.skip ? ` (skipped: ${s.skip})` : ''}`)
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
