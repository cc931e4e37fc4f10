// What a feature folder contributes to welkom: commands, flow actions, choice lists and scheduled jobs.
import type { ChoiceSource, FlowAction } from '../flows/engine.js';
import type { JobHandler } from '../scheduler/scheduler.js';
import type { Command } from './commands.js';
import type { Services } from './services.js';

export interface FeatureApi {
  services: Services;
  /** Every command known to the router (for /help and platform menus). */
  commands(): Command[];
}

/** A feature is data plus functions; the core never imports a feature, the app wires them in. */
export interface Feature {
  name: string;
  commands?(api: FeatureApi): Command[];
  actions?: Record<string, FlowAction>;
  choiceSources?: Record<string, ChoiceSource>;
  jobs?: Record<string, JobHandler>;
  /** Called once at start-up, e.g. to make sure a recurring job exists. */
  setup?(api: FeatureApi & { scheduleDaily(id: string, type: string, hhmm: string): void }): void;
}
