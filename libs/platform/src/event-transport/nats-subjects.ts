import type { AppConfig } from '../config/app-config';

/** Subject naming, one place: every process of one deployment must agree on it. */
export class NatsSubjects {
  constructor(private readonly prefix: string) {}

  static of(config: AppConfig): NatsSubjects {
    return new NatsSubjects(config.NATS_SUBJECT_PREFIX);
  }

  /** `scim.events.scim-groups.group-renamed.v1`: the versioned type is `module.event.vN`. */
  event(type: string): string {
    return `${this.prefix}.events.${type}`;
  }

  /** The documented subset the platform consumes: `scim.public.scim-users.user-provisioned.v1`. */
  publicEvent(type: string): string {
    return `${this.prefix}.public.${type}`;
  }

  streamSubjects(): string[] {
    return [`${this.prefix}.events.>`, `${this.prefix}.public.>`];
  }

  request(kind: 'query' | 'command', name: string): string {
    return `${this.prefix}.rpc.${kind}.${name}`;
  }

  typeOf(subject: string): string {
    return subject.slice(subject.indexOf('.', this.prefix.length + 1) + 1);
  }
}
