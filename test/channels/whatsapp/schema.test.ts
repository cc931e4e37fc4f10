// Tests for parsing Meta's webhook payloads: every shared fixture parses, and each message becomes the right Inbound.
import { describe, expect, it } from 'vitest';
import { decodeReplyId, encodeReplyId, toInbound } from '../../../src/channels/whatsapp/inbound.js';
import { parseBatch } from '../../../src/channels/whatsapp/schema.js';
import { sharedFixtures } from '../../helpers/fixtures.js';
import { allFixturePayloads } from './fixtures.js';

describe('parseBatch on our own fixtures (written from the Cloud API documentation)', () => {
  const own = allFixturePayloads('own');
  const inbound = (name: string) => {
    const [first] = parseBatch(own.find((p) => p.name === `cloud-api-webhooks.json#${name}`)!.payload)!.messages;
    return toInbound(first!.message, first!.contacts);
  };
  const unsupported = (name: string) => {
    const result = inbound(name);
    return result.kind === 'inbound' ? result.inbound.unsupported : result.kind;
  };

  it('finds every payload (25)', () => {
    expect(own.length).toBe(25);
  });

  it('maps each message type', () => {
    expect(inbound('text')).toMatchObject({ kind: 'inbound', userId: '31612345678', at: 1764500000000, inbound: { chatId: '31612345678', displayName: 'Amal', text: 'Hallo, ik ben Amal' } });
    expect(inbound('reply_with_context')).toMatchObject({ inbound: { replyTo: 'wamid.HBgLMzE2MTIzNDU2NzgVAgARGBJBOT', text: 'Ja, zaterdag kan ik' } });
    expect(unsupported('voice')).toBe('voice');
    expect(unsupported('audio_file')).toBe('audio');
    for (const name of ['image', 'video', 'document']) expect(unsupported(name)).toBe(name);
    expect(unsupported('sticker')).toBe('sticker');
    expect(unsupported('location')).toBe('location');
    expect(unsupported('contacts')).toBe('contacts');
    expect(unsupported('unsupported')).toBe('other');
    expect(unsupported('reaction')).toBe('silent');
    expect(unsupported('system_number_changed')).toBe('silent');
    expect(inbound('button_reply')).toMatchObject({ inbound: { choice: { id: 'yes', token: 'tok123' } } });
    expect(inbound('list_reply')).toMatchObject({ inbound: { choice: { id: 'ar', token: 'tok124' } } });
    expect(inbound('template_quick_reply')).toMatchObject({ inbound: { text: 'Lees het bericht' } });
    expect(inbound('username_only_user')).toMatchObject({ kind: 'inbound', userId: 'NL.13491208655302741918', inbound: { text: 'hoi' } });
  });

  it('reads a batch from two people and the statuses with their error codes', () => {
    const batch = (name: string) => parseBatch(own.find((p) => p.name === `cloud-api-webhooks.json#${name}`)!.payload)!;
    expect(batch('batch_two_people').messages.map((m) => m.message.from)).toEqual(['31612345678', '31687654321']);
    expect(batch('status_failed_undeliverable').statuses[0]?.status).toMatchObject({ status: 'failed', errors: [{ code: 131026 }] });
    expect(batch('status_failed_window').statuses[0]?.status).toMatchObject({ status: 'failed', errors: [{ code: 131047 }] });
    expect(batch('status_read').statuses[0]?.status).toMatchObject({ status: 'read' });
    expect(batch('value_level_error').errorCodes).toEqual([131000]);
  });
});

describe('parseBatch on every corpus present (own, and ../shared/fixtures when it is there)', () => {
  const payloads = allFixturePayloads();

  it.each(payloads.map((p) => [`${p.corpus}: ${p.name}`, p.payload] as const))('%s parses without skipping anything', (_name, payload) => {
    const batch = parseBatch(payload);
    expect(batch).toBeDefined();
    expect(batch!.skipped).toBe(0);
    expect(batch!.messages.length + batch!.statuses.length + batch!.errorCodes.length).toBeGreaterThan(0);
  });

});

describe.skipIf(!sharedFixtures('whatsapp'))('parseBatch on the shared fixtures (skipped when ../shared/fixtures is not beside the clone)', () => {
  const payloads = allFixturePayloads('shared');

  it('finds every shared fixture (34 payloads)', () => {
    expect(payloads.length).toBe(34);
  });

  const inbound = (name: string) => {
    const payload = payloads.find((p) => p.name === name)!.payload;
    const [first] = parseBatch(payload)!.messages;
    return toInbound(first!.message, first!.contacts);
  };

  it('maps each message type', () => {
    expect(inbound('pywa-message.json#text')).toMatchObject({
      kind: 'inbound',
      userId: '972987654321',
      at: 1697043223000,
      inbound: { channel: 'whatsapp', chatId: '972987654321', chatType: 'private', displayName: 'Test Name', text: 'Body Text', dedupKey: 'whatsapp:wamid.xyzxyz' },
    });
    const unsupported = (name: string) => {
      const result = inbound(name);
      return result.kind === 'inbound' ? result.inbound.unsupported : result.kind;
    };
    expect(unsupported('pywa-message.json#voice')).toBe('voice');
    expect(unsupported('pywa-message.json#audio')).toBe('audio');
    expect(unsupported('pywa-message.json#image')).toBe('image');
    expect(unsupported('pywa-message.json#video')).toBe('video');
    expect(unsupported('pywa-message.json#document')).toBe('document');
    expect(unsupported('pywa-message.json#static_sticker')).toBe('sticker');
    expect(unsupported('pywa-message.json#current_location')).toBe('location');
    expect(unsupported('pywa-message.json#contacts')).toBe('contacts');
    expect(unsupported('pywa-message.json#order')).toBe('other');
    expect(unsupported('pywa-message.json#unsupported')).toBe('other');
    expect(unsupported('pywa-message.json#interactive_message_with_err')).toBe('other');
    expect(unsupported('pywa-message.json#reaction')).toBe('silent');
    expect(unsupported('pywa-message.json#unreaction_no_emoji')).toBe('silent');
  });

  it('reads buttons, lists and quick replies we did not make as their title text', () => {
    expect(inbound('pywa-callback_button.json#button')).toMatchObject({ inbound: { text: 'title' } });
    expect(inbound('pywa-callback_button.json#quick_reply')).toMatchObject({ inbound: { text: 'title' } });
    expect(inbound('pywa-callback_selection.json#callback')).toMatchObject({ kind: 'inbound' });
    const result = inbound('pywa-callback_button.json#button');
    expect(result.kind === 'inbound' && result.inbound.choice).toBeFalsy();
  });

  it('reads the business-scoped user id fields without trouble', () => {
    expect(inbound('wajs-incoming.json')).toMatchObject({ userId: '16315551181', inbound: { text: 'this is a text message', displayName: 'test user name' } });
  });

  it('collects statuses with their error codes', () => {
    const failed = parseBatch(payloads.find((p) => p.name === 'pywa-message_status.json#failed')!.payload)!;
    expect(failed.statuses[0]?.status).toMatchObject({ id: 'wamid.xyzxyz', status: 'failed', recipient_id: '972987654321' });
    expect(failed.statuses[0]?.status.errors?.[0]?.code).toBe(130472);
    const withError = parseBatch(payloads.find((p) => p.name === 'pywa-message.json#interactive_message_with_err')!.payload)!;
    expect(withError.errorCodes).toEqual([131000]);
  });
});

describe('parseBatch on odd input', () => {
  it('is undefined for things that are not webhooks', () => {
    expect(parseBatch(null)).toBeUndefined();
    expect(parseBatch([])).toBeUndefined();
    expect(parseBatch({ object: 'whatsapp_business_account' })).toBeUndefined();
  });

  it('ignores unknown fields, skips broken parts, keeps the good ones', () => {
    const batch = parseBatch({
      object: 'whatsapp_business_account',
      future_field: { x: 1 },
      entry: [
        'junk',
        {
          id: '1',
          changes: [
            { field: 'message_template_status_update', value: { event: 'APPROVED' } },
            {
              field: 'messages',
              value: {
                metadata: { phone_number_id: '42', new_thing: true },
                contacts: [{ wa_id: '31600000001', profile: { name: 'A' }, shiny: 1 }],
                messages: [{ id: 'wamid.1', from: '31600000001', timestamp: '1700000000', type: 'text', text: { body: 'hoi', extra: 1 }, brand_new: {} }, { nonsense: true }],
                statuses: [{ id: 'wamid.2', status: 'delivered' }, 5],
              },
            },
          ],
        },
      ],
    })!;
    expect(batch.messages).toHaveLength(1);
    expect(batch.messages[0]?.phoneNumberId).toBe('42');
    expect(batch.statuses).toHaveLength(1);
    expect(batch.skipped).toBe(3);
  });

  it('drops a content part that does not fit instead of the whole message', () => {
    const batch = parseBatch({ entry: [{ changes: [{ value: { messages: [{ id: 'w', from: '1', type: 'text', text: 'not an object' }] } }] }] })!;
    expect(batch.messages).toHaveLength(1);
    expect(toInbound(batch.messages[0]!.message, [])).toMatchObject({ inbound: { unsupported: 'other' } });
  });
});

describe('reply ids', () => {
  it('carry the question token and the choice id', () => {
    expect(encodeReplyId('ti', 'AbC_1-')).toBe('AbC_1-|ti');
    expect(decodeReplyId('AbC_1-|ti')).toEqual({ id: 'ti', token: 'AbC_1-' });
    expect(decodeReplyId('|yes')).toEqual({ id: 'yes' });
    expect(decodeReplyId('a|b|c')).toEqual({ id: 'b|c', token: 'a' });
    expect(decodeReplyId('callback_data')).toBeUndefined();
    expect(decodeReplyId('has space|x')).toBeUndefined();
  });

  it('a pressed button of ours becomes a choice', () => {
    const result = toInbound({ id: 'w1', from: '316', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'TOKEN1|yes', title: 'Ja' } } }, []);
    expect(result).toMatchObject({ kind: 'inbound', inbound: { choice: { id: 'yes', token: 'TOKEN1' }, text: 'Ja' } });
    const quick = toInbound({ id: 'w2', from: '316', type: 'button', button: { payload: 'T|no', text: 'Nee' } }, []);
    expect(quick).toMatchObject({ inbound: { choice: { id: 'no', token: 'T' } } });
  });
});
