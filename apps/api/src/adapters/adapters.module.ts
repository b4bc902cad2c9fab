import { Global, Module } from '@nestjs/common';
import { CONCURRENCY_GROUP_NAMES } from '@app/scim-users';
import { ConcurrencyGroupNamesAdapter } from './concurrency-group-names.adapter';

/** Where one module's port is bound to another module's contract: only the composition root knows both. */
@Global()
@Module({
  providers: [{ provide: CONCURRENCY_GROUP_NAMES, useClass: ConcurrencyGroupNamesAdapter }],
  exports: [CONCURRENCY_GROUP_NAMES],
})
export class AdaptersModule {}
