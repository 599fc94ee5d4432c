import type { KafkaClient } from '@kafkaline/network';

/**
 * Topic id ↔ name, as KIP-848 needs them (assignments name topics by id). Refreshed from
 * metadata when an unknown id or name turns up; a topic not known yet stays unresolved and is
 * retried on the next heartbeat.
 */
export class TopicIds {
  private readonly names = new Map<string, string>();
  private readonly ids = new Map<string, string>();

  constructor(private readonly client: KafkaClient) {}

  async resolveIds(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.some((id) => !this.names.has(id))) await this.refresh();
    return new Map(ids.filter((id) => this.names.has(id)).map((id) => [id, this.names.get(id) as string]));
  }

  async idsOf(names: readonly string[]): Promise<Map<string, string>> {
    if (names.some((name) => !this.ids.has(name))) await this.refresh();
    return new Map(names.filter((name) => this.ids.has(name)).map((name) => [name, this.ids.get(name) as string]));
  }

  private async refresh(): Promise<void> {
    const metadata = await this.client.metadata({ topics: null });
    for (const topic of metadata.topics) {
      if (topic.errorCode !== 0) continue;
      this.names.set(topic.topicId, topic.name);
      this.ids.set(topic.name, topic.topicId);
    }
  }
}
