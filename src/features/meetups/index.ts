// The meetups feature's public surface for other features (group health reads whether groups meet).
export { meetupsFeature } from './feature.js';
export { lastMeetupHeld, meetupOutcomes, upcomingMeetups } from './model.js';
