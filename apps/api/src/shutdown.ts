/**
 * Runs the graceful shutdown (stop accepting requests and let in-flight ones finish, stop the
 * outbox relay, flush the activity log, close the database pool) but never for longer than the
 * deadline: a stalled database must not keep a SIGTERMed process alive until it is SIGKILLed.
 */
export async function shutdownWithin(deadlineMs: number, graceful: () => Promise<void>): Promise<'graceful' | 'deadline'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  try {
    return await Promise.race([graceful().then(() => 'graceful' as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
