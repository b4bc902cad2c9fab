import { connect, createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy between the app and PostgreSQL that can stall: paused, it stops forwarding in both
 * directions but keeps every socket open (and accepts new ones), as a hung network or server would;
 * closes seen while paused are delivered on resume, like the rest of the held traffic.
 */
export class StallingTcpProxy {
  private paused = false;
  private readonly sockets = new Set<Socket>();
  private heldCloses: Socket[] = [];

  private readonly server: Server = createServer((client) => this.accept(client));

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<StallingTcpProxy> {
    const proxy = new StallingTcpProxy(targetHost, targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  pause(): void {
    this.paused = true;
    for (const socket of this.sockets) socket.pause();
  }

  resume(): void {
    this.paused = false;
    for (const socket of this.sockets) socket.resume();
    const closes = this.heldCloses;
    this.heldCloses = [];
    for (const socket of closes) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const upstream = connect(this.targetPort, this.targetHost);
    this.link(client, upstream);
    this.link(upstream, client);
  }

  private link(from: Socket, to: Socket): void {
    this.sockets.add(from);
    from.on('data', (chunk) => to.write(chunk));
    from.on('error', () => undefined);
    from.on('close', () => {
      this.sockets.delete(from);
      if (this.paused) this.heldCloses.push(to);
      else to.destroy();
    });
    if (this.paused) from.pause();
  }
}
