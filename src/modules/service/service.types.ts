import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ServiceEvidenceKind, ServiceMethod, ServiceSigner } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../core/errors';
import { DateScalar } from '../../core/scalars';
import { StoredFile } from '../material';
import { DocumentService } from './document-service.entity';
import { ServiceAddressConfirmation } from './service-address.entity';

@InputType()
export class ServiceEvidenceInput {
  @Field(() => ServiceEvidenceKind)
  kind!: ServiceEvidenceKind;

  @Field(() => ID, { description: 'A file uploaded to the same dispute (POST /files with its disputeId).' })
  fileId!: string;
}

@InputType({ description: 'Service (送达) of an issued document on one of its recipients.' })
export class RecordServiceInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => ID, { description: 'The recipient: one of the document’s recipients.' })
  partyId!: string;

  @Field(() => ServiceMethod)
  method!: ServiceMethod;

  @Field(() => DateScalar, {
    description:
      'The act’s date (China time): DIRECT / ENTRUSTED the date signed; LEFT_AT_RESIDENCE the day left; ELECTRONIC the day it reached the recipient’s system; POSTAL the date on the postal receipt; PUBLIC_NOTICE the day published. Not before the document was issued, not in the future.',
  })
  servedOn!: string;

  @Field(() => ServiceSigner, { nullable: true, description: 'DIRECT and ENTRUSTED (required): who signed the 送达回证 (民事诉讼法 art. 88). POSTAL: optional.' })
  signer?: ServiceSigner | null;

  @Field(() => String, { nullable: true, description: 'The name of who signed (DIRECT, ENTRUSTED: required), or of the witness of a 留置.' })
  signerName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'PUBLIC_NOTICE: the recipient lives abroad (60 days instead of 30).' })
  abroad?: boolean | null;

  @Field(() => String, { nullable: true, description: 'POSTAL (required): the carrier, e.g. 中国邮政EMS.' })
  carrier?: string | null;

  @Field(() => String, { nullable: true, description: 'POSTAL (required): the tracking number.' })
  trackingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLIC_NOTICE (required): where the notice was published or posted.' })
  publishedWhere?: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLIC_NOTICE (required): why the other methods failed (民诉法解释 art. 138).' })
  reason?: string | null;

  @Field(() => [ServiceEvidenceInput], {
    description:
      'Files proving service: DIRECT / ENTRUSTED a SIGNED_RECEIPT; LEFT_AT_RESIDENCE a PHOTO_OR_VIDEO or WITNESS_SIGNATURE; ELECTRONIC a DELIVERY_RECORD; POSTAL a POSTAL_RECEIPT; PUBLIC_NOTICE a PUBLIC_NOTICE.',
  })
  evidence!: ServiceEvidenceInput[];
}

@InputType({ description: 'A party’s 送达地址确认书 (民诉法解释 art. 136): the newest one of a party is in force.' })
export class RecordServiceAddressInput {
  @Field(() => ID)
  partyId!: string;

  @Field(() => Boolean, { description: 'The party consents to electronic service.' })
  electronicConsent!: boolean;

  @Field(() => String, { nullable: true, description: 'Required with consent: the e-mail, phone number or platform account documents are sent to.' })
  electronicAddress?: string | null;

  @Field(() => String, { nullable: true })
  postalAddress?: string | null;

  @Field(() => ID, { nullable: true, description: 'The signed confirmation, a file of the same dispute; required with consent.' })
  fileId?: string | null;
}

@ObjectType('ServiceEvidenceItem')
export class ServiceEvidenceItem {
  @Field(() => ServiceEvidenceKind)
  kind!: ServiceEvidenceKind;

  @Field(() => StoredFile)
  file!: StoredFile;
}

export const RecordServiceResult = createUnionType({
  name: 'RecordServiceResult',
  types: () => [DocumentService, ValidationError, NotFoundError, InvalidTransitionError] as const,
});

@InputType()
export class RecordAnswerInput {
  @Field(() => ID, { description: 'The served 答辩通知书 (ANSWER_NOTICE).' })
  documentId!: string;

  @Field(() => ID, { description: 'The recipient who answered (service on them must be recorded).' })
  partyId!: string;

  @Field(() => DateScalar, { description: 'The day the answer was received: not before service, not in the future. Later than the due date is recorded as late.' })
  receivedOn!: string;

  @Field(() => [ID], { nullable: true, description: 'The answer and its attachments: files of the same dispute. None for an answer kept on paper.' })
  fileIds?: string[] | null;
}

export const RecordAnswerResult = createUnionType({
  name: 'RecordAnswerResult',
  types: () => [DocumentService, ValidationError, NotFoundError, InvalidTransitionError] as const,
});

export const RecordServiceAddressResult = createUnionType({
  name: 'RecordServiceAddressResult',
  types: () => [ServiceAddressConfirmation, ValidationError, NotFoundError] as const,
});
