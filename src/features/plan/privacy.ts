// What the plan keeps about one member (/mydata) and forgetting it (/forget, retention): their items stay, their name goes.
import type { PrivacyHooks } from '../../core/feature.js';
import { planReminder } from './reminders.js';

const ERASED = 'erased';

export const planPrivacy: PrivacyHooks = {
  export(memberId, services) {
    const items = services.store
      .values('commitments')
      .filter((c) => c.ownerIds.includes(memberId) || c.createdBy === memberId || c.doneBy === memberId || c.helpNeeded?.by === memberId)
      .map((c) => ({ groupId: c.groupId, item: c.itemId ?? c.title, dueDate: c.dueDate, state: c.state, owner: c.ownerIds.includes(memberId), note: c.note, doneByYou: c.doneBy === memberId }));
    return items.length > 0 ? { commitments: items } : undefined;
  },
  erase(memberId, services) {
    const { store, clock } = services;
    if (store.get('planPrompts', memberId)) store.delete('planPrompts', memberId);
    for (const commitment of store.values('commitments')) {
      const touched = commitment.ownerIds.includes(memberId) || commitment.createdBy === memberId || commitment.doneBy === memberId || commitment.helpNeeded?.by === memberId;
      if (!touched) continue;
      const next = { ...commitment, ownerIds: commitment.ownerIds.filter((id) => id !== memberId) };
      if (next.createdBy === memberId) next.createdBy = ERASED;
      if (next.doneBy === memberId) next.doneBy = ERASED;
      if (next.helpNeeded?.by === memberId) next.helpNeeded = { ...next.helpNeeded, by: ERASED };
      // Nobody left on an open item: its reminders stop; the daily round and /commitments show it as free again.
      planReminder(services, next, clock.now());
      store.put('commitments', next.id, next);
    }
  },
};
