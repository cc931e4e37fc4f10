// The onboarding feature: joining with an invite (flows/join.yaml) and changing language (flows/language.yaml).
import type { Feature } from '../../core/feature.js';
import { checkInviteAction, consentRefusedAction, joinGroupAction, localeChoices, setLocaleAction } from './actions.js';

export const onboardingFeature: Feature = {
  name: 'onboarding',
  actions: {
    'invite.check': checkInviteAction,
    'group.join': joinGroupAction,
    'consent.refused': consentRefusedAction,
    'member.set_locale': setLocaleAction,
  },
  choiceSources: { locales: localeChoices },
};
