import type { Edition, Municipality, Session } from '../../model/edition';
import { folderRenderer, type TemplateSet } from '../../wording/templates';
import { line, lines, paragraphs, rows, type Row } from '../../wording/text-blocks';
import { aroundPageNumber, pageNumberSlot } from '../../wording/page-number';

/** A table of a brief: its rows, and the heading it is given when its section holds more than one. */
export interface BriefTable {
  readonly heading: string;
  readonly rows: readonly Row[];
}

/** The wording of one municipality's brief, filled from templates/brief/. */
export interface BriefWords {
  /** The municipality's local government code: where the data names it. */
  readonly code: string;
  readonly fileStem: string;
  readonly addressee: string;
  readonly date: string;
  readonly sender: readonly string[];
  readonly title: string;
  readonly intro: readonly string[];
  /** 記, centred after the intro, and 以上 at the right after the last item: the letter's 記書き. */
  readonly itemsOpen: string;
  readonly itemsClose: string;
  readonly projectsHeading: string;
  readonly projects: readonly BriefTable[];
  readonly sessionHeading: string;
  readonly sessions: readonly BriefTable[];
  readonly backgroundHeading: string;
  readonly background: readonly string[];
  readonly othersHeading: string;
  readonly others: readonly string[];
  readonly contactHeading: string;
  readonly contact: readonly string[];
  readonly header: string;
  readonly pageNumber: readonly [string, string];
  readonly properties: { readonly title: string; readonly subject: string; readonly keywords: string; readonly author: string };
}

export function briefWords(edition: Edition, templates: TemplateSet): readonly BriefWords[] {
  return edition.municipalities.map((municipality) => briefFor(edition, municipality, templates));
}

/** The sessions where this municipality's projects are reported, in schedule order. */
export function sessionsOf(municipality: Municipality): Session[] {
  const sessions = new Set<Session>();
  for (const project of municipality.projects) if (project.group.session) sessions.add(project.group.session);
  return [...sessions];
}

function briefFor(edition: Edition, municipality: Municipality, templates: TemplateSet): BriefWords {
  const context = { ...edition, municipality };
  const render = folderRenderer(templates, 'brief', context);
  const title = line(render('title'));
  return {
    code: municipality.code,
    fileStem: municipality.briefFileStem,
    addressee: line(render('addressee')),
    date: line(render('date')),
    sender: lines(render('sender')),
    title,
    intro: paragraphs(render('intro')),
    itemsOpen: line(render('items-open')),
    itemsClose: line(render('items-close')),
    projectsHeading: line(render('projects-heading')),
    projects: municipality.projects.map((project) => ({ heading: line(render('project-table-heading', { project })), rows: rows(render('project', { project })) })),
    sessionHeading: line(render('session-heading')),
    sessions: sessionsOf(municipality).map((session) => ({ heading: line(render('session-table-heading', { session })), rows: rows(render('session', { session })) })),
    backgroundHeading: line(render('background-heading')),
    background: paragraphs(render('background')),
    othersHeading: line(render('others-heading')),
    others: lines(render('others')),
    contactHeading: line(render('contact-heading')),
    contact: lines(render('contact')),
    header: line(render('header')),
    pageNumber: aroundPageNumber(line(render('page-number', { page: pageNumberSlot }))),
    properties: { title, subject: line(render('subject')), keywords: line(render('keywords')), author: edition.organiser.legalName },
  };
}
