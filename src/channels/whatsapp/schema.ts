// Zod schemas of Meta's raw webhook shapes (snake_case); unknown fields are ignored, optional parts that do not fit are dropped.
import { z } from 'zod';

/** An error Meta attaches to a message, a status or a whole change value. */
export const graphErrorSchema = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional().catch(undefined),
});
export type GraphErrorPayload = z.infer<typeof graphErrorSchema>;

/** A sender in `value.contacts`: the phone-number id (`wa_id`), the business-scoped id and the profile name. */
export const contactSchema = z.object({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  profile: z.object({ name: z.string().optional() }).optional().catch(undefined),
});
export type WebhookContact = z.infer<typeof contactSchema>;

const replySchema = z.object({ id: z.string(), title: z.string().optional(), description: z.string().optional() });

/** One inbound message. Only the parts welkom reads are described; any content part that does not fit is dropped. */
export const messageSchema = z.object({
  id: z.string().min(1),
  /** The sender's WhatsApp id (phone number digits). Users with a username only may come with `from_user_id` instead. */
  from: z.string().min(1).optional(),
  from_user_id: z.string().min(1).optional(),
  /** Unix seconds, as a string (a number is accepted too). */
  timestamp: z.union([z.string(), z.number()]).optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional().catch(undefined),
  interactive: z
    .object({
      type: z.string(),
      button_reply: replySchema.optional().catch(undefined),
      list_reply: replySchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  /** A tap on a template quick-reply button. */
  button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional().catch(undefined),
  audio: z.object({ voice: z.boolean().optional() }).optional().catch(undefined),
  errors: z.array(graphErrorSchema).optional().catch(undefined),
  /** Set when the person replied to (swiped on) an earlier message: its wamid. */
  context: z.object({ id: z.string().min(1).optional() }).optional().catch(undefined),
});
export type WebhookMessage = z.infer<typeof messageSchema>;

/** A delivery status of a message welkom sent. */
export const statusSchema = z.object({
  id: z.string().min(1),
  status: z.string(),
  timestamp: z.union([z.string(), z.number()]).optional(),
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  errors: z.array(graphErrorSchema).optional().catch(undefined),
});
export type WebhookStatus = z.infer<typeof statusSchema>;

/** `entry[].changes[].value` of a `messages` change. Lists are kept raw here and parsed item by item. */
export const valueSchema = z.object({
  messaging_product: z.string().optional(),
  metadata: z.object({ phone_number_id: z.string().optional(), display_phone_number: z.string().optional() }).optional().catch(undefined),
  contacts: z.array(z.unknown()).optional().catch(undefined),
  messages: z.array(z.unknown()).optional().catch(undefined),
  statuses: z.array(z.unknown()).optional().catch(undefined),
  errors: z.array(z.unknown()).optional().catch(undefined),
});

export const changeSchema = z.object({ field: z.string().optional(), value: z.unknown() });
export const entrySchema = z.object({ id: z.string().optional(), changes: z.array(z.unknown()) });
/** The whole POST body. `object` is `whatsapp_business_account` for WhatsApp. */
export const payloadSchema = z.object({ object: z.string().optional(), entry: z.array(z.unknown()) });

/** Everything usable in one webhook POST, flattened; `skipped` counts parts that did not fit the schemas. */
export interface ParsedBatch {
  messages: Array<{ message: WebhookMessage; contacts: WebhookContact[]; phoneNumberId?: string }>;
  statuses: Array<{ status: WebhookStatus; phoneNumberId?: string }>;
  /** Errors Meta reported on a whole change (e.g. 131000 "unsupported webhook payload"); codes only. */
  errorCodes: number[];
  skipped: number;
}

/** Flattens a parsed JSON body into messages and statuses; throws nothing: unknown shapes are counted in `skipped`. Returns undefined when the body is not a webhook at all. */
export function parseBatch(body: unknown): ParsedBatch | undefined {
  const payload = payloadSchema.safeParse(body);
  if (!payload.success) return undefined;
  const batch: ParsedBatch = { messages: [], statuses: [], errorCodes: [], skipped: 0 };
  for (const rawEntry of payload.data.entry) {
    const entry = entrySchema.safeParse(rawEntry);
    if (!entry.success) {
      batch.skipped += 1;
      continue;
    }
    for (const rawChange of entry.data.changes) {
      const change = changeSchema.safeParse(rawChange);
      if (!change.success) {
        batch.skipped += 1;
        continue;
      }
      // Other fields (template status updates, account alerts) are not for the chat: ignored.
      if (change.data.field !== undefined && change.data.field !== 'messages') continue;
      const value = valueSchema.safeParse(change.data.value);
      if (!value.success) {
        batch.skipped += 1;
        continue;
      }
      const phoneNumberId = value.data.metadata?.phone_number_id;
      const contacts = (value.data.contacts ?? []).flatMap((raw) => {
        const contact = contactSchema.safeParse(raw);
        return contact.success ? [contact.data] : [];
      });
      for (const raw of value.data.messages ?? []) {
        const message = messageSchema.safeParse(raw);
        if (message.success) batch.messages.push({ message: message.data, contacts, phoneNumberId });
        else batch.skipped += 1;
      }
      for (const raw of value.data.statuses ?? []) {
        const status = statusSchema.safeParse(raw);
        if (status.success) batch.statuses.push({ status: status.data, phoneNumberId });
        else batch.skipped += 1;
      }
      for (const raw of value.data.errors ?? []) {
        const error = graphErrorSchema.safeParse(raw);
        if (error.success) batch.errorCodes.push(error.data.code);
      }
    }
  }
  return batch;
}
