import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { MappingNotFoundError } from '../../domain/mapping-errors';
import { findMapping } from '../../domain/mapping-repository';
import { rejectMapping } from '../../domain/mapping-transitions';
import { MappingView, mappingViewFromEntity } from '../../read-model/mapping-view';
import { RejectMappingCommand } from './reject-mapping.command';

@CommandHandler(RejectMappingCommand)
export class RejectMappingHandler implements ICommandHandler<RejectMappingCommand, MappingView> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, mappingId }: RejectMappingCommand): Promise<MappingView> {
    return this.transactions.run(async ({ em, raise }) => {
      const mapping = await findMapping(em, organizationId, mappingId);
      if (!mapping) throw new MappingNotFoundError(`Mapping ${mappingId} not found`);
      const rejected = rejectMapping(mapping, 'admin');
      if (rejected) raise(rejected);
      await em.flush();
      return mappingViewFromEntity(mapping);
    });
  }
}
