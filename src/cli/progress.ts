// Progress bars for long CLI operations (cli-progress), drawn on stderr only when it is a terminal.
import cliProgress from 'cli-progress';
import type { Progress } from '../store/backup.js';

const LABELS: Record<string, string> = { copy: 'Copying files ', read: 'Reading data  ', write: 'Writing file  ', restore: 'Restoring     ', export: 'Exporting     ' };

/** A progress callback that shows one bar per step; call `done()` at the end (also on errors). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: Progress; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  const bars = new cliProgress.MultiBar(
    { stream, format: '{step} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const byStep = new Map<string, cliProgress.SingleBar>();
  return {
    update(step, done, total) {
      let bar = byStep.get(step);
      if (!bar) {
        bar = bars.create(Math.max(total, 1), 0, { step: LABELS[step] ?? step });
        byStep.set(step, bar);
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    },
    done() {
      bars.stop();
    },
  };
}
