// Every feature of welkom, in the order their commands appear in /help.
import type { Feature } from '../core/feature.js';
import { broadcastFeature } from './broadcast/feature.js';
import { chatsFeature } from './chats/feature.js';
import { coordinatorsFeature } from './coordinators/feature.js';
import { groupsFeature } from './groups/feature.js';
import { helpFeature } from './help/feature.js';
import { maintenanceFeature } from './maintenance/jobs.js';
import { meetupsFeature } from './meetups/feature.js';
import { onboardingFeature } from './onboarding/feature.js';
import { outboxFeature } from './outbox/feature.js';
import { planFeature } from './plan/feature.js';
import { practiceFeature } from './practice/feature.js';
import { privacyFeature } from './privacy/feature.js';

export const FEATURES: Feature[] = [helpFeature, onboardingFeature, groupsFeature, planFeature, meetupsFeature, chatsFeature, practiceFeature, outboxFeature, coordinatorsFeature, broadcastFeature, privacyFeature, maintenanceFeature];
