import { Anchor, Box, DataList, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { linkify } from '../lib/linkify.ts';
import { withLinksInNewTab } from '../lib/mail-html.ts';
import { type MailStatus, MailStatusBadge } from './mail-status-badge.tsx';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  status?: MailStatus;
}

/**
 * One mail: its envelope, the text part with clickable links, and the HTML part in a
 * sandboxed frame (no scripts, no access to this page; links open in a new tab).
 */
export function MailMessageView({ message }: { message: MailMessage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="lg">
      <DataList labelWidth="8rem">
        <DataList.Item>
          <DataList.ItemLabel>{t('mailbox.to')}</DataList.ItemLabel>
          <DataList.ItemValue>{message.to}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('mailbox.sentAt')}</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(message.createdAt, locale)}</DataList.ItemValue>
        </DataList.Item>
        {message.status && (
          <DataList.Item>
            <DataList.ItemLabel>{t('mailbox.status')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <MailStatusBadge status={message.status} />
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>

      <Tabs defaultValue="text" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="text">{t('mailbox.textVersion')}</Tabs.Tab>
          <Tabs.Tab value="html">{t('mailbox.htmlVersion')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          <MailText text={message.text} />
        </Tabs.Panel>
        <Tabs.Panel value="html" pt="md">
          <Box
            component="iframe"
            title={t('mailbox.htmlFrameTitle', { subject: message.subject })}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            referrerPolicy="no-referrer"
            srcDoc={withLinksInNewTab(message.html)}
            w="100%"
            h={520}
            bd="1px solid var(--mantine-color-default-border)"
            bg="white"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function MailText({ text }: { text: string }) {
  return (
    <Box
      component="pre"
      ff="inherit"
      fz="sm"
      m={0}
      p="md"
      bg="var(--mantine-color-default-hover)"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', borderRadius: 'var(--mantine-radius-md)' }}
    >
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          // Parts never move, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Anchor key={i} href={part.href}>
            {part.text}
          </Anchor>
        ) : (
          part.text
        ),
      )}
    </Box>
  );
}
