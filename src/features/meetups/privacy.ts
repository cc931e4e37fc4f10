// What meetups keep about a member (/mydata) and how it is erased (/forget, retention): votes, RSVPs, proposals, prompts.
import type { PrivacyHooks } from '../../core/feature.js';

/** Stands in for an erased proposer or answerer (the group's meetup history stays, without the person). */
export const ERASED = 'erased';

export const meetupPrivacy: PrivacyHooks = {
  export(memberId, services) {
    const meetups = services.store.values('meetups');
    const proposed = meetups
      .filter((m) => m.proposerId === memberId)
      .map((m) => ({ id: m.id, activity: m.activity, title: m.title, place: m.place, options: m.options.map((at) => new Date(at).toISOString()), status: m.status, at: m.at ? new Date(m.at).toISOString() : undefined }));
    const votes = meetups.filter((m) => memberId in m.votes).map((m) => ({ meetup: m.id, option: m.votes[memberId] === -1 ? 'none' : new Date(m.options[m.votes[memberId]!]!).toISOString() }));
    const rsvps = meetups.filter((m) => memberId in m.rsvp).map((m) => ({ meetup: m.id, answer: m.rsvp[memberId] }));
    const outcomes = services.store.values('meetupOutcomes').filter((o) => o.answeredBy === memberId).map((o) => ({ meetup: o.id, held: o.held }));
    if (proposed.length + votes.length + rsvps.length + outcomes.length === 0) return undefined;
    return { proposed, votes, rsvps, outcomes };
  },
  erase(memberId, services) {
    const { store } = services;
    for (const meetup of store.values('meetups')) {
      const touched = meetup.proposerId === memberId || memberId in meetup.votes || memberId in meetup.rsvp;
      if (!touched) continue;
      delete meetup.votes[memberId];
      delete meetup.rsvp[memberId];
      if (meetup.proposerId === memberId) meetup.proposerId = ERASED;
      store.put('meetups', meetup.id, meetup);
    }
    for (const outcome of store.values('meetupOutcomes')) if (outcome.answeredBy === memberId) store.put('meetupOutcomes', outcome.id, { ...outcome, answeredBy: ERASED });
    store.delete('meetupPrompts', memberId);
  },
};
