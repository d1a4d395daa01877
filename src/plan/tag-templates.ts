// Extra image tags from the `tags` input: one template per line, each for the
// release types it names. `{{major}}.{{minor}}` on releases is an alias that
// moves only when this release is the highest of its line; dev tags can never
// pass for a release tag. Every tag has one owner, and a branch's own tag never
// takes one that a template can give (reservedBy).
import { BRANCH_PREFIX, passesForRelease, sanitizeTag } from './docker-tags.js'
import { compareVersions, isFinal, parseVersion } from '../versions/pep440.js'

export type TemplateTarget = { kind: 'release' } | { kind: 'dev' } | { kind: 'branch'; name: string }

export interface TagTemplate {
  text: string
  on: TemplateTarget
}

/** Who a tag belongs to: a branch's tags go when the branch is deleted; nobody else's ever do. */
export type OwnerKind = 'release' | 'latest' | 'alias' | 'channel' | 'traceable' | 'branch'

export interface OwnedTag {
  tag: string
  owner: OwnerKind
  /** In words, for the plan: `alias "{{major}}.{{minor}}"`, `branch feature/x`. */
  what: string
}

/** The placeholders each kind of release fills; any other is refused when the inputs are read. */
const FILLED: Record<'release' | 'dev', string[]> = {
  release: ['version', 'tag', 'major', 'minor', 'patch', 'sha', 'sha7'],
  dev: ['version', 'tag', 'branch', 'sha', 'sha7']
}
const PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'branch', 'sha7', 'sha', 'tag']
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map(p => p[1])

/** `{{major}}.{{minor}}`, `sha-{{sha7}} on dev`, `edge on branch develop`; what is wrong with each line otherwise. */
export function parseTagTemplates(lines: string[]): { templates: TagTemplate[]; problems: string[] } {
  const templates: TagTemplate[] = []
  const problems: string[] = []
  for (const line of lines) {
    const m = /^(\S+)(?:\s+on\s+(release|dev|branch\s+(\S+)))?$/.exec(line.trim())
    if (!m) {
      problems.push(`Input "tags": "${line}" is not "<template> [on release|dev|branch <name>]".`)
      continue
    }
    const text = m[1]
    const used = placeholdersOf(text)
    const unknown = used.filter(p => !PLACEHOLDERS.includes(p))
    if (unknown.length) {
      problems.push(
        `Input "tags": "${line}" uses {{${unknown.join('}}, {{')}}}; the placeholders are ${PLACEHOLDERS.map(p => `{{${p}}}`).join(', ')}.`
      )
      continue
    }
    const literal = text.replace(PLACEHOLDER, '')
    if (/[^A-Za-z0-9_.-]/.test(literal)) {
      problems.push(
        `Input "tags": "${line}" has characters no Docker tag may hold; outside the placeholders use only letters, digits, "_", "." and "-".`
      )
      continue
    }
    // Without "on": a template naming the version is a release's, any other a dev release's.
    const namesVersion = used.some(p => ['version', 'major', 'minor', 'patch'].includes(p))
    const on: TemplateTarget = m[3]
      ? { kind: 'branch', name: m[3] }
      : m[2] === 'dev'
        ? { kind: 'dev' }
        : m[2] === 'release' || namesVersion
          ? { kind: 'release' }
          : { kind: 'dev' }
    const kind = on.kind === 'release' ? 'release' : 'dev'
    const unfilled = [...new Set(used.filter(p => !FILLED[kind].includes(p)))]
    if (unfilled.length) {
      const why =
        kind === 'release'
          ? 'a release does not have (a release is a tag push, with no branch); use it "on dev" or "on branch <name>"'
          : 'only a release has; make it "on release"'
      problems.push(`Input "tags": "${line}" uses {{${unfilled.join('}}, {{')}}}, which ${why}.`)
      continue
    }
    templates.push({ text, on })
  }
  return { templates, problems }
}

/** Whose tags a template gives: the highest release's (alias), a channel's, one commit's, or the branch's own. */
export function templateOwner(template: TagTemplate): OwnerKind {
  const used = placeholdersOf(template.text)
  if (used.some(p => p === 'sha' || p === 'sha7')) return 'traceable'
  if (template.on.kind === 'release') return 'alias'
  if (used.some(p => p === 'version')) return 'traceable'
  if (used.length) return 'branch' // {{branch}}, {{tag}}: the branch's own, and gone with it
  return 'channel'
}

function ownerWords(template: TagTemplate, owner: OwnerKind, branch?: string): string {
  const on = template.on.kind === 'branch' ? ` on branch ${template.on.name}` : ` on ${template.on.kind}`
  if (owner === 'branch') return `branch ${branch} ("${template.text}")`
  if (owner === 'alias') return `alias "${template.text}" of the highest release of its line`
  return `${owner} "${template.text}"${on}`
}

/** What each placeholder can render to, for telling which tags a template could ever give. */
function placeholderPattern(name: string, kind: 'release' | 'dev'): string {
  if (name === 'sha7') return '[0-9a-f]{7}'
  if (name === 'sha') return '[0-9a-f]{40}'
  if (name === 'major' || name === 'minor' || name === 'patch') return '\\d+'
  if (name === 'version' || (name === 'tag' && kind === 'release')) return '\\d[0-9A-Za-z._-]*'
  return '.+' // branch, and tag on dev: a branch's tag
}

/**
 * Whether a tag is one the templates could give to an owner other than the branch that has that very tag: a
 * channel (`nightly`), an alias (`stable`, `v{{major}}`), a traceable tag (`sha-{{sha7}}`), or another branch's
 * template tag (`{{branch}}-debug` gives `x-debug` to branch x). A template that is only `{{branch}}` gives the
 * branch's own tag and reserves nothing.
 */
export function reservedBy(templates: TagTemplate[]): (tag: string) => boolean {
  const patterns = templates.flatMap(t => {
    const kind = t.on.kind === 'release' ? 'release' : 'dev'
    const parts = t.text.split(PLACEHOLDER)
    // split() with a capture group alternates literal text and placeholder names.
    const literal = parts.filter((_, i) => i % 2 === 0).join('')
    if (!literal && kind === 'dev' && placeholdersOf(t.text).every(p => p === 'branch' || p === 'tag')) return []
    const source = parts
      .map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : placeholderPattern(part, kind)))
      .join('')
    return [new RegExp(`^${source}$`)]
  })
  return tag => patterns.some(p => p.test(tag))
}

export interface TagContext {
  type: 'release' | 'dev'
  version: string
  /** The branch of a dev release, and its own tag. */
  branch?: string
  branchTag?: string
  sha: string
  /** Every final version this package has released (its tags), for the aliases' lines. */
  releasedVersions: string[]
}

export interface RenderedTags {
  tags: OwnedTag[]
  /** Tags held back, and why. */
  notes: string[]
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '')
}

function releaseValues(version: string, sha: string): Record<string, string> {
  const release = parseVersion(version)?.release ?? []
  return {
    version,
    tag: version,
    major: String(release[0] ?? 0n),
    minor: String(release[1] ?? 0n),
    patch: String(release[2] ?? 0n),
    sha,
    sha7: sha.slice(0, 7)
  }
}

/** Why a rendered tag cannot be pushed, or undefined when it can. */
function unusable(tag: string): string | undefined {
  if (!tag) return 'nothing'
  if (/[-.]$/.test(tag)) return `"${tag}", which ends in "${tag.slice(-1)}"`
  if (!VALID_TAG.test(tag)) return `"${tag}", which is no valid tag`
  return undefined
}

function applies(template: TagTemplate, ctx: TagContext): boolean {
  if (ctx.type === 'release') return template.on.kind === 'release'
  return template.on.kind === 'dev' || (template.on.kind === 'branch' && template.on.name === ctx.branch)
}

/** The extra tags this release gets from the templates, each with its owner. */
export function renderTags(templates: TagTemplate[], ctx: TagContext): RenderedTags {
  const tags: OwnedTag[] = []
  const notes: string[] = []
  for (const template of templates.filter(t => applies(t, ctx))) {
    const owner = templateOwner(template)
    let tag: string
    if (ctx.type === 'release') {
      if (owner === 'alias' && !isFinal(ctx.version)) {
        notes.push(`"${template.text}" not set: ${ctx.version} is not a final release.`)
        continue
      }
      tag = fill(template.text, releaseValues(ctx.version, ctx.sha))
      // An alias belongs to the highest final release that renders to it: a backport moves its own line only.
      const higher =
        owner === 'alias'
          ? ctx.releasedVersions.filter(
              v =>
                isFinal(v) &&
                compareVersions(v, ctx.version) > 0 &&
                fill(template.text, releaseValues(v, ctx.sha)) === tag
            )
          : []
      if (higher.length) {
        notes.push(`${tag} not moved: ${higher.sort(compareVersions).pop()} is a higher release of that line.`)
        continue
      }
    } else {
      const branch = ctx.branchTag ?? ''
      tag = fill(template.text, { version: ctx.version, branch, tag: branch, sha7: ctx.sha.slice(0, 7), sha: ctx.sha })
      // Made a tag as a branch name is (a long branch is cut, with a hash), and never one that passes for a
      // release's (`{{version}} on dev`, `latest on dev`): that gets the branch prefix.
      if (tag && !/[-.]$/.test(tag)) tag = sanitizeTag(passesForRelease(tag) ? BRANCH_PREFIX + tag : tag)
    }
    const problem = unusable(tag)
    if (problem) {
      notes.push(`"${template.text}" gives ${problem}: not pushed.`)
      continue
    }
    if (!tags.some(t => t.tag === tag)) tags.push({ tag, owner, what: ownerWords(template, owner, ctx.branch) })
  }
  return { tags, notes }
}
