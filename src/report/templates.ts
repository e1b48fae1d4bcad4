// Handlebars environment: the project's templates and partials, the helpers (md-helpers.ts), and loading
// a user's own template (action input / CLI flag) with a clear error when it is missing or broken.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../sys/errors.ts';
import { HELPERS } from './md-helpers.ts';

type Hbs = typeof Handlebars;

/**
 * The templates folder, found by walking up from this module: `src/report/` in the repository,
 * the bundle's own folder once packaged — wherever `templates/report.md.hbs` sits beside it.
 */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'report.md.hbs'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('templates/report.md.hbs not found above ' + dirname(fileURLToPath(import.meta.url)));
}

function registerHelpers(hbs: Hbs): void {
  for (const [name, fn] of Object.entries(HELPERS)) hbs.registerHelper(name, fn);
}

let env: ({ hbs: Hbs } & Record<TemplateName, HandlebarsTemplateDelegate>) | null = null;

function compile(hbs: Hbs, source: string): HandlebarsTemplateDelegate {
  return hbs.compile(source, { strict: true, preventIndent: true });
}

function environment() {
  if (env) return env;
  const dir = templatesDir();
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partials = join(dir, 'partials');
  for (const f of readdirSync(partials)) {
    if (f.endsWith('.hbs')) hbs.registerPartial(basename(f, '.hbs'), readFileSync(join(partials, f), 'utf8'));
  }
  env = {
    hbs,
    main: compile(hbs, readFileSync(join(dir, 'report.md.hbs'), 'utf8')),
    checkSummary: compile(hbs, readFileSync(join(dir, 'check-summary.md.hbs'), 'utf8')),
    checkText: compile(hbs, readFileSync(join(dir, 'check-text.md.hbs'), 'utf8')),
  };
  return env;
}

export type TemplateName = 'main' | 'checkSummary' | 'checkText';

/** A renderer for one of the project's templates, or for a user's template file. */
export function templateFor(name: TemplateName, userPath?: string): (context: object) => string {
  const e = environment();
  if (!userPath) return e[name];
  let source: string;
  try {
    source = readFileSync(userPath, 'utf8');
  } catch (err) {
    throw new UserError(
      `report template ${userPath} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      'point the template option at a Handlebars file, e.g. templates/report.md.hbs copied and edited',
    );
  }
  try {
    e.hbs.parse(source); // syntax errors now, not halfway through a run
  } catch (err) {
    throw new UserError(
      `report template ${userPath} is not valid Handlebars: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      'fix the template, or drop the option to use the built-in templates/report.md.hbs',
    );
  }
  // Not strict: a user's template may test fields that are absent.
  return wrap(userPath, e.hbs.compile(source, { preventIndent: true }));
}

function wrap(path: string, tpl: HandlebarsTemplateDelegate): (context: object) => string {
  return (context) => {
    try {
      return tpl(context);
    } catch (err) {
      throw new UserError(`report template ${path} failed to render: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, 'check the field names against templates/report.md.hbs');
    }
  };
}
