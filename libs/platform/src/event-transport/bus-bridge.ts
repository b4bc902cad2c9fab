import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Type } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Msg, Subscription } from 'nats';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError, PreconditionFailedError } from '../errors/domain-error';
import { NatsConnectionHolder } from './nats-connection';

export interface BusBridgeOptions {
  /** Queries whose handlers run in another service: forwarded over NATS request/reply. */
  forwardQueries?: Type[];
  forwardCommands?: Type[];
  /** Queries and commands this process answers for other services, on its local buses. */
  answerQueries?: Type[];
  answerCommands?: Type[];
}

export const BUS_BRIDGE_OPTIONS = Symbol('BUS_BRIDGE_OPTIONS');

type Kind = 'query' | 'command';
interface Reply {
  result?: unknown;
  error?: { name: string; code?: string; message: string };
}

const METADATA_KEY: Record<Kind, string> = { query: '__query__', command: '__command__' };
const REQUEST_TIMEOUT_MS = 15_000;
const CONNECT_WAIT_MS = 2_000;
/** A responder that is still subscribing (a service starting) is waited for this long. */
const NO_RESPONDER_WAIT_MS = 5_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The domain errors a caller's edge renders (404, 409, …) keep their class across the wire. */
const KNOWN_ERRORS: Record<string, new (message: string) => DomainError> = {
  not_found: NotFoundError,
  conflict: ConflictError,
  invalid_input: InvalidInputError,
  forbidden: ForbiddenError,
  precondition_failed: PreconditionFailedError,
};

export class RemoteHandlerError extends Error {}

/**
 * Commands and queries that cross a service boundary, over NATS request/reply: the caller's bus
 * gets a handler per remote class that sends `{payload}` on `<prefix>.rpc.<kind>.<Class>`, and the
 * owning service answers from its own bus (a queue group, so its instances share the load). The
 * modules' code is unchanged: they keep calling `queries.execute(new GetUserQuery(…))`.
 */
@Injectable()
export class BusBridge implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BusBridge.name);
  private readonly subscriptions: Subscription[] = [];
  private subscribing?: Promise<void>;

  constructor(
    @Inject(BUS_BRIDGE_OPTIONS) private readonly options: BusBridgeOptions,
    private readonly nats: NatsConnectionHolder,
    private readonly queryBus: QueryBus,
    private readonly commandBus: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    for (const cls of this.options.forwardQueries ?? []) this.forward('query', cls);
    for (const cls of this.options.forwardCommands ?? []) this.forward('command', cls);
    this.subscribing = this.answerAll().catch((error: unknown) => this.logger.error(`bus bridge: ${(error as Error).message}`));
  }

  /** Resolves once this process answers its remote queries and commands. */
  async ready(): Promise<void> {
    await this.subscribing;
  }

  async onModuleDestroy(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private forward(kind: Kind, cls: Type): void {
    if (!Reflect.hasOwnMetadata(METADATA_KEY[kind], cls)) Reflect.defineMetadata(METADATA_KEY[kind], { id: randomUUID() }, cls);
    const { id } = Reflect.getOwnMetadata(METADATA_KEY[kind], cls) as { id: string };
    const handler = { isDependencyTreeStatic: () => true, instance: { execute: (message: object) => this.request(kind, cls.name, message) } };
    if (kind === 'query') this.queryBus.bind(handler as never, id);
    else this.commandBus.bind(handler as never, id);
  }

  private async request(kind: Kind, name: string, message: object): Promise<unknown> {
    // While NATS is down a caller gets an error soon rather than a request hanging until it reconnects.
    const nc = await Promise.race([this.nats.connection(), new Promise<undefined>((r) => setTimeout(r, CONNECT_WAIT_MS, undefined))]);
    if (!nc || !this.nats.connected) throw new RemoteHandlerError(`NATS unreachable: ${kind} ${name} not sent`);
    const deadline = Date.now() + NO_RESPONDER_WAIT_MS;
    for (;;) {
      try {
        const reply = await nc.request(this.nats.subjects.request(kind, name), encoder.encode(JSON.stringify(message)), { timeout: REQUEST_TIMEOUT_MS });
        return unwrap(JSON.parse(decoder.decode(reply.data)) as Reply);
      } catch (error) {
        if (!isNoResponders(error) || Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private async answerAll(): Promise<void> {
    const answers: [Kind, Type][] = [
      ...(this.options.answerQueries ?? []).map((cls): [Kind, Type] => ['query', cls]),
      ...(this.options.answerCommands ?? []).map((cls): [Kind, Type] => ['command', cls]),
    ];
    if (answers.length === 0) return;
    const nc = await this.nats.connection();
    for (const [kind, cls] of answers) {
      const subject = this.nats.subjects.request(kind, cls.name);
      this.subscriptions.push(nc.subscribe(subject, { queue: subject, callback: (error, msg) => void (error ? undefined : this.answer(kind, cls, msg)) }));
    }
    await nc.flush();
  }

  private async answer(kind: Kind, cls: Type, msg: Msg): Promise<void> {
    let reply: Reply;
    try {
      const message = Object.assign(Object.create(cls.prototype as object) as object, JSON.parse(decoder.decode(msg.data)));
      const result: unknown = await (kind === 'query' ? this.queryBus.execute(message as never) : this.commandBus.execute(message as never));
      reply = { result };
    } catch (error) {
      const e = error as Error & { code?: string };
      reply = { error: { name: e.name, code: typeof e.code === 'string' ? e.code : undefined, message: e.message } };
    }
    msg.respond(encoder.encode(JSON.stringify(reply)));
  }
}

function unwrap(reply: Reply): unknown {
  if (!reply.error) return reply.result;
  const known = reply.error.code ? KNOWN_ERRORS[reply.error.code] : undefined;
  if (known) throw new known(reply.error.message);
  throw new RemoteHandlerError(`${reply.error.name}: ${reply.error.message}`);
}

function isNoResponders(error: unknown): boolean {
  return (error as { code?: string }).code === '503';
}
