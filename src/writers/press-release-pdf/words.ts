import type { Edition, Group, Project, Session } from '../../model/edition';
import { folderRenderer, type TemplateSet } from '../../wording/templates';
import { line, lines, paragraphs } from '../../wording/text-blocks';
import { pageNumberSlot } from '../../wording/page-number';


export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/** Every piece of wording the press release shows, filled from templates/release/. */
export interface ReleaseWords {
  readonly category: string;
  readonly date: string;
  readonly issuer: string;
  readonly projectName: string;
  readonly titleLines: readonly string[];
  readonly lead: readonly string[];
  readonly body: readonly string[];
  readonly scheduleHeading: string;
  readonly scheduleRows: readonly { readonly label: string; readonly cells: readonly string[] }[];
  readonly scheduleNotes: readonly string[];
  readonly sessionsIntro: readonly string[];
  readonly sessionDateLabel: string;
  readonly sessionDates: readonly string[];
  readonly venueLabel: string;
  readonly venues: readonly string[];
  readonly sessionsOutro: readonly string[];
  /** How to attend online (paragraphs, each web address on a line of its own); none when no session is online. */
  readonly sessionsOnline: readonly string[];
  readonly contact: { readonly heading: string; readonly lines: readonly string[] };
  readonly distribution: string;
  readonly organiser: string;
  readonly columnHeading: string;
  readonly column: readonly Section[];
  readonly photoCaption: string | null;
  readonly appendix: {
    readonly label: string;
    readonly heading: string;
    readonly intro: readonly string[];
    readonly groups: readonly { readonly heading: string; readonly projects: readonly Section[] }[];
  };
  readonly pageNumber: string;
  readonly metadata: { readonly title: string; readonly author: string; readonly subject: string; readonly keywords: string };
}

export function releaseWords(edition: Edition, templates: TemplateSet): ReleaseWords {
  const render = folderRenderer(templates, 'release', edition);
  const [contactHeading = '', ...contactLines] = lines(render('contact'));
  /** A template for each session, written once when it reads the same for all, else for each with its group (`labelled`). */
  const perSession = (name: string, sessions: readonly Session[]): string[] => {
    const texts = (labelled: boolean): string[] => sessions.map((session) => render(name, { session, venue: session.venue, labelled }));
    const alike = texts(false);
    return new Set(alike).size === 1 ? alike.slice(0, 1) : texts(true);
  };
  const groupsWithProjects = edition.groups.filter((g) => g.projects.length > 0);
  return {
    category: line(render('category')),
    date: line(render('date')),
    issuer: line(render('issuer')),
    projectName: edition.release.projectName,
    titleLines: edition.release.titleLines,
    lead: paragraphs(render('lead')),
    body: paragraphs(render('body')),
    scheduleHeading: line(render('schedule-heading')),
    scheduleRows: edition.groups.map((group: Group) => {
      const [label = '', ...cells] = lines(render('schedule-group', { group }));
      return { label, cells };
    }),
    scheduleNotes: paragraphs(render('schedule-notes')),
    sessionsIntro: paragraphs(render('sessions-intro')),
    sessionDateLabel: line(render('session-date-label')),
    sessionDates: edition.sessions.map((session) => line(render('session-date', { session }))),
    venueLabel: line(render('session-venue-label')),
    venues: perSession('session-venue', edition.sessions).map(line),
    sessionsOutro: paragraphs(render('sessions-outro')),
    sessionsOnline: perSession('session-online', edition.sessions.filter((session) => session.online)).flatMap(paragraphs),
    contact: { heading: contactHeading, lines: contactLines },
    distribution: line(render('distribution')),
    organiser: line(render('organiser')),
    columnHeading: line(render('column-heading')),
    column: templateNamesUnder(templates, 'release/column/').map((name) => section(templates.render(name, edition))),
    photoCaption: edition.release.photo ? line(render('photo-caption')) : null,
    appendix: {
      label: line(render('appendix-label')),
      heading: line(render('appendix-heading')),
      intro: paragraphs(render('appendix-intro')),
      groups: groupsWithProjects.map((group) => ({
        heading: line(render('appendix-group', { group })),
        projects: group.projects.map((project: Project) => ({
          heading: line(render('appendix-project-heading', { project })),
          paragraphs: paragraphs(render('appendix-project', { project })),
        })),
      })),
    },
    pageNumber: line(render('page-number', { page: pageNumberSlot })),
    metadata: {
      title: edition.release.titleLines.join(''),
      author: edition.organiser.legalName,
      subject: line(render('pdf-subject')),
      keywords: line(render('pdf-keywords')),
    },
  };
}

/** First paragraph is the heading, the rest the body. */
function section(text: string): Section {
  const [heading = '', ...rest] = paragraphs(text);
  return { heading, paragraphs: rest };
}

function templateNamesUnder(templates: TemplateSet, prefix: string): string[] {
  return templates.names.filter((name) => name.startsWith(prefix)).sort();
}
