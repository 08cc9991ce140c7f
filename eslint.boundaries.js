// The import rules inside each process, as one lint rule (`tandem/import-boundaries`), so the
// layering docs/ARCHITECTURE.md describes ("Rules lint and tests enforce") is checked, not hoped for.
// Paths are resolved, not matched as text: '../plans/planDates' from features/oneOnOnes is the
// plans feature's internals, whatever the number of '../'.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * @typedef {object} Boundary
 * @property {string[]} files   root-relative folders (trailing '/') or files the rule applies to
 * @property {string[]} [except]  what under `files` it does not apply to: folders (trailing '/'),
 *   or file-name endings ('.electron.ts': the adapters)
 * @property {string[]} mayNotImport  root-relative folders (trailing '/') or files, package names
 *   such as 'electron', or '*<ending>' for any module whose path ends so ('*.electron')
 * @property {boolean} [typesAllowed]  `import type` is fine (it leaves no trace at run time)
 * @property {string} message
 */

/**
 * @typedef {object} FeatureFaces
 * @property {string} root  the folder whose subfolders are features ('renderer/src/features/')
 * @property {string} message
 */

const toPosix = (path) => path.split(sep).join('/');

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** The import as the rules see it: a root-relative path for relative specifiers, else the package. */
function targetOf(specifier, filename, cwd) {
  if (!specifier.startsWith('.')) return { kind: 'package', name: specifier };
  return { kind: 'path', path: toPosix(relative(cwd, resolve(dirname(filename), specifier))) };
}

function matches(target, entry) {
  if (entry.startsWith('*')) {
    const ending = entry.slice(1);
    return target.kind === 'path' && /^(.*?)(\.tsx?)?$/.exec(target.path)?.[1]?.endsWith(ending) === true;
  }
  if (target.kind === 'package') return target.name === entry || target.name.startsWith(`${entry}/`);
  return entry.endsWith('/') ? target.path.startsWith(entry) : target.path === entry;
}

const isUnder = (file, place) => (place.endsWith('/') ? file.startsWith(place) : file === place);

const appliesTo = (file, boundary) =>
  boundary.files.some((place) => isUnder(file, place)) &&
  !(boundary.except ?? []).some((place) =>
    place.endsWith('/') ? file.startsWith(place) : file.endsWith(place),
  );

/** Another feature's internals: anything in it but its index. */
function featureInternals(file, target, faces) {
  if (target.kind !== 'path' || !file.startsWith(faces.root) || !target.path.startsWith(faces.root)) {
    return null;
  }
  const [from] = file.slice(faces.root.length).split('/');
  const [to, ...rest] = target.path.slice(faces.root.length).split('/');
  if (to === from) return null;
  const inner = rest.join('/');
  return inner === '' || /^index(\.tsx?)?$/.test(inner) ? null : to;
}

/** @type {import('eslint').Rule.RuleModule} */
const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports run one way between the layers of each process.' },
    schema: [
      {
        type: 'object',
        properties: { boundaries: { type: 'array' }, featureFaces: { type: 'object' } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    /** @type {{ boundaries?: Boundary[], featureFaces?: FeatureFaces }} */
    const options = context.options[0] ?? {};
    const file = toPosix(relative(context.cwd, context.filename));
    const boundaries = (options.boundaries ?? []).filter((b) => appliesTo(file, b));
    const faces = options.featureFaces;
    const check = (node, source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = targetOf(source.value, context.filename, context.cwd);
      const typeOnly = isTypeOnly(node);
      for (const boundary of boundaries) {
        if (boundary.typesAllowed && typeOnly) continue;
        if (boundary.mayNotImport.some((entry) => matches(target, entry))) {
          context.report({ node: source, message: boundary.message });
        }
      }
      const feature = faces && featureInternals(file, target, faces);
      if (feature) {
        context.report({ node: source, message: faces.message.replaceAll('{feature}', feature) });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const boundariesPlugin = { rules: { 'import-boundaries': importBoundaries } };
