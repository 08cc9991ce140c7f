import { stringify } from 'yaml';
import { levelLabels, type Competency } from '../schema/competency';
import { goalHorizonLabels, goalPathLabels, goalStatusLabels } from '../schema/goal';
import { ownerLabel } from '../schema/growthIndex';
import { activityKindLabels, milestoneStatusLabels } from '../schema/plan';
import type {
  ExportedFeedback,
  ExportedGoal,
  ExportedItem,
  ExportedPlan,
  ExportedReflection,
} from './journalItems';
import { escapeMarkdownText, richNodesToMarkdown } from './markdown';

/**
 * The journal as Markdown files, one per item: YAML front matter for the item's fields (read by
 * Obsidian, Jekyll, Hugo, Pandoc and most static-site tools), then the item as CommonMark.
 */

export interface MarkdownFile {
  path: string;
  text: string;
}

export interface MarkdownContext {
  /** Goal titles and competency names, so links read as names rather than ids. */
  goalTitles: ReadonlyMap<string, string>;
  competencies: readonly Competency[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const FOLDERS: Record<ExportedItem['kind'], string> = {
  reflection: 'reflections',
  goal: 'goals',
  plan: 'plans',
  feedback: 'feedback',
};

/** A file name part from a title: letters and digits of any script, dashes between words. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n`;
}

/** Plain text typed into a form field, as Markdown paragraphs. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeMarkdownText(line.trim()).replace(/^([#>+=-]|\d+[.)])/, '\\$1'))
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

const cell = (text: string) => escapeMarkdownText(text.replace(/\s*\n\s*/g, ' ').trim()) || ' ';
const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeMarkdownText(text)}`;

function section(title: string, body: string): string {
  return body.trim() === '' ? '' : `${heading(2, title)}\n\n${body.trim()}\n\n`;
}

function reflectionFile(item: ExportedReflection): string {
  return (
    frontMatter({
      title: item.title,
      kind: 'reflection',
      id: item.id,
      created: iso(item.createdAt),
      updated: iso(item.updatedAt),
      tags: item.tags,
      template: item.templateId,
      links: item.links,
    }) + `${heading(1, item.title || 'Untitled')}\n\n${richNodesToMarkdown(item.body)}`
  );
}

function goalFile(item: ExportedGoal, context: MarkdownContext): string {
  const competencies = item.competencyIds.map(
    (id) => context.competencies.find((c) => c.id === id)?.name ?? id,
  );
  return (
    (
      frontMatter({
        title: item.title,
        kind: 'goal',
        id: item.id,
        status: item.status,
        horizon: item.horizon,
        path: item.path,
        competencies,
        created: iso(item.createdAt),
        updated: iso(item.updatedAt),
        achieved: iso(item.achievedAt),
      }) +
      `${heading(1, item.title)}\n\n` +
      `**Status:** ${goalStatusLabels[item.status]} · **Horizon:** ${goalHorizonLabels[item.horizon]} · ` +
      `**Path:** ${escapeMarkdownText(goalPathLabels[item.path])}\n\n` +
      section('Why it matters', plainParagraphs(item.why)) +
      section('How it fits the team’s priorities', plainParagraphs(item.alignment)) +
      section('Competencies', competencies.map((name) => `- ${escapeMarkdownText(name)}`).join('\n'))
    ).trimEnd() + '\n'
  );
}

function planFile(item: ExportedPlan, context: MarkdownContext): string {
  const goal = item.goalId ? (context.goalTitles.get(item.goalId) ?? null) : null;
  const gaps = item.skillGaps
    .map(
      (g) =>
        `- ${escapeMarkdownText(g.name)}: ${levelLabels[g.current]} (${g.current}) → ${levelLabels[g.target]} (${g.target})`,
    )
    .join('\n');
  const kinds = [...new Set(item.activities.map((a) => a.kind))];
  const activities = kinds
    .map((kind) => {
      const lines = item.activities
        .filter((a) => a.kind === kind)
        .map((a) => {
          const resources = a.resources
            .filter((r) => r.url !== '' || r.label !== '')
            .map((r) =>
              r.url
                ? `  - [${escapeMarkdownText(r.label || r.url)}](<${r.url}>)`
                : `  - ${escapeMarkdownText(r.label)}`,
            );
          const notes = a.notes ? `\n  ${cell(a.notes)}` : '';
          return [`- ${escapeMarkdownText(a.title)} (${a.status})${notes}`, ...resources].join('\n');
        });
      return `${heading(3, activityKindLabels[kind])}\n\n${lines.join('\n')}`;
    })
    .join('\n\n');
  const milestones =
    item.milestones.length === 0
      ? ''
      : [
          '| Milestone | Owner | Start | Due | Status | Success criterion |',
          '| --- | --- | --- | --- | --- | --- |',
          ...item.milestones.map(
            (m) =>
              `| ${cell(m.title)} | ${cell(ownerLabel(m.owner))} | ${m.startDate ?? ' '} | ${m.dueDate} | ` +
              `${milestoneStatusLabels[m.status]} | ${cell(m.successCriterion)} |`,
          ),
        ].join('\n');
  const supporters = item.supporters
    .map(
      (s) => `- ${escapeMarkdownText(s.name)} (${s.role})${s.howTheyHelp ? `: ${cell(s.howTheyHelp)}` : ''}`,
    )
    .join('\n');
  const stages = item.successStages.map((s) => `- **${cell(s.stage)}:** ${cell(s.description)}`).join('\n');
  return (
    (
      frontMatter({
        title: item.title,
        kind: 'plan',
        id: item.id,
        status: item.status,
        goal,
        goalId: item.goalId,
        reviewCadence: item.reviewCadence,
        created: iso(item.createdAt),
        updated: iso(item.updatedAt),
        lastReviewed: iso(item.lastReviewedAt),
      }) +
      `${heading(1, item.title)}\n\n` +
      (goal ? `For the goal: ${escapeMarkdownText(goal)}\n\n` : '') +
      section('Skill gaps', gaps) +
      section('Learning activities', activities) +
      section('Milestones', milestones) +
      section('Who supports me', supporters) +
      section('What success looks like', stages)
    ).trimEnd() + '\n'
  );
}

function feedbackFile(item: ExportedFeedback, context: MarkdownContext): string {
  const goal = item.goalId ? (context.goalTitles.get(item.goalId) ?? null) : null;
  const competency = item.competencyId
    ? (context.competencies.find((c) => c.id === item.competencyId)?.name ?? null)
    : null;
  return (
    (
      frontMatter({
        title: `Feedback from ${item.from}`,
        kind: 'feedback',
        id: item.id,
        from: item.from,
        given: item.givenOn,
        goal,
        competency,
        created: iso(item.createdAt),
        updated: iso(item.updatedAt),
      }) +
      `${heading(1, `Feedback from ${item.from}, ${item.givenOn}`)}\n\n` +
      section('Behaviour', plainParagraphs(item.behaviour)) +
      section('Impact', plainParagraphs(item.impact)) +
      section('Next step', plainParagraphs(item.nextStep))
    ).trimEnd() + '\n'
  );
}

function datePart(item: ExportedItem): string {
  return item.kind === 'feedback' ? item.givenOn : new Date(item.createdAt).toISOString().slice(0, 10);
}

function titleOf(item: ExportedItem): string {
  return item.kind === 'feedback' ? `feedback from ${item.from}` : item.title;
}

/** One file per item, in a folder per kind; names are unique (a clash gets the item id). */
export function journalToMarkdownFiles(
  items: readonly ExportedItem[],
  context: MarkdownContext,
): MarkdownFile[] {
  const used = new Set<string>();
  const files: MarkdownFile[] = [];
  for (const item of items) {
    const base = `${FOLDERS[item.kind]}/${datePart(item)}-${slugify(titleOf(item))}`;
    const path = used.has(`${base}.md`) ? `${base}-${item.id}.md` : `${base}.md`;
    used.add(path);
    const text =
      item.kind === 'reflection'
        ? reflectionFile(item)
        : item.kind === 'goal'
          ? goalFile(item, context)
          : item.kind === 'plan'
            ? planFile(item, context)
            : feedbackFile(item, context);
    files.push({ path, text });
  }
  if (context.competencies.length > 0) {
    files.push({
      path: 'competencies.md',
      text:
        frontMatter({ title: 'Competencies', kind: 'competencies' }) +
        `# Competencies\n\n| Competency | Now | Target | Description |\n| --- | --- | --- | --- |\n` +
        context.competencies
          .map(
            (c) =>
              `| ${cell(c.name)} | ${levelLabels[c.current]} (${c.current}) | ${levelLabels[c.target]} (${c.target}) | ${cell(c.description)} |`,
          )
          .join('\n') +
        '\n',
    });
  }
  return files;
}
