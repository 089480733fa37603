import type { ReportTexts } from '../../../shared/contracts/questionnaires';

/**
 * The readiness report's words in the default questionnaire (version 2): what each band
 * means for the team, and what to do about each dimension that scores below 60, the
 * level the ready band gates documentation and specification at.
 */
export const DEFAULT_REPORT_TEXTS: ReportTexts = {
  bandReadings: {
    ready:
      'Your team already works the way async contracting needs: the system is written down, tickets carry ' +
      'their context and acceptance criteria, and questions are answered in writing. A contractor can ' +
      'start on a scoped piece of backend work from the spec and deliver it without joining your meetings.',
    close:
      'Most of what async work needs is in place, and the gaps are specific. Close the ones listed below ' +
      '(usually a few weeks of writing things down rather than a change of process) and a contractor can ' +
      'pick up scoped backend work from a written spec.',
    foundation:
      'Today the knowledge of how your system works lives mostly with people rather than in writing, so ' +
      'an outside engineer would spend their time asking instead of building. That is common and fixable: ' +
      'start with the advice below for your lowest scores, and the rest gets easier with each step.',
  },
  lowScoreBelow: 60,
  advice: {
    documentation:
      'Write a one-page map of the backend (its services, data stores and how they connect) and a runbook ' +
      'for the two things that break most often. Keep both in the repository, and update them in the same ' +
      'pull request that changes the system.',
    specification:
      'Before a backend ticket is started, give it the system context it touches, the API contract it ' +
      'changes, and acceptance criteria a reviewer can check. Agree the definition of done in the ticket, ' +
      'not in a call after delivery.',
    handoff:
      'Pick the next backend ticket and ask someone who has not worked on that part of the system to read ' +
      'it cold. Every question they ask is something to add to the ticket or the docs, and answer it in ' +
      'writing where the next person will find it.',
    scoping:
      'Sort the backlog into work that needs long-term ownership and work with a defined scope and a finish ' +
      'line: a service, an integration, a migration, a blocking component. The second kind is what an ' +
      'async contractor can take on first.',
    async:
      'Move feedback and decisions into writing: review code in pull requests, record decisions in commits ' +
      'or a decision log, and answer questions in threads rather than calls, so someone outside your ' +
      'standups can follow along.',
    ownership:
      'Name who writes or approves specs, who reviews delivered work and who decides scope, and set aside ' +
      'time each week for review. Without those names, delivered work waits.',
  },
};
