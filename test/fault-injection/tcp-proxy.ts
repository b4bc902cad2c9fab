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

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<StallingTcpProxy> {
    let proxy: StallingTcpProxy | undefined;
    const server = createServer((client) => proxy?.accept(client, targetHost, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new StallingTcpProxy(server, (server.address() as { port: number }).port);
    return proxy;
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

  private accept(client: Socket, targetHost: string, targetPort: number): void {
    const upstream = connect(targetPort, targetHost);
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
