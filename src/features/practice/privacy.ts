// What practice keeps about a learner, for /mydata (export) and /forget or retention (erase).
import { ERASED_MEMBER } from '../../core/audit.js';
import type { PrivacyHooks } from '../../core/feature.js';
import { cardId } from './cards.js';
import { contextOf } from './context.js';
import { isLearned, unpack } from './fsrs.js';

export const practicePrivacy: PrivacyHooks = {
  export(memberId, services) {
    const { store } = services;
    const learner = store.get('practiceLearners', memberId);
    const words = store.values('practiceWords').filter((w) => w.addedBy === memberId);
    if (!learner && words.length === 0) return undefined;
    const context = contextOf(services);
    const cards = [...context.index.entries(memberId)].flatMap((entryId) => {
      const stored = store.get('practiceCards', cardId(memberId, entryId));
      if (!stored) return [];
      const card = unpack(stored);
      return [{ word: entryId, due: new Date(card.due).toISOString(), reviews: card.reps, lapses: card.lapses, learned: isLearned(card) }];
    });
    return {
      settings: learner?.settings,
      streak: learner?.streak,
      thisWeek: learner?.week,
      cards,
      wordsAddedForGroup: words.map((w) => ({ word: w.nl, article: w.article, meaning: w.meaning, at: new Date(w.createdAt).toISOString() })),
    };
  },
  erase(memberId, services) {
    const { store } = services;
    const context = contextOf(services);
    // Only this learner's cards, found through the due index (never a scan of every card).
    for (const entryId of [...context.index.entries(memberId)]) store.delete('practiceCards', cardId(memberId, entryId));
    context.index.forget(memberId);
    context.agenda.nudged.delete(memberId);
    store.delete('practiceLearners', memberId);
    // Words they added stay with the group (its newcomers learn them), without who added them.
    for (const word of store.values('practiceWords')) if (word.addedBy === memberId) store.put('practiceWords', word.id, { ...word, addedBy: ERASED_MEMBER });
  },
};
