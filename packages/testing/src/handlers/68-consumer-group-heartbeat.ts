// ConsumerGroupHeartbeat (key 68), versions 0-1 (KIP-848, the "consumer" group protocol).
//
// Behavior:
// - Join with MemberEpoch 0 (v1: client-chosen MemberId; v0 with an empty id gets one from the
//   coordinator), heartbeat with the current epoch, leave with -1, a static member leaves for a
//   while with -2 (its partitions wait until its session timeout).
// - Server-side assignors `uniform` (default; balanced and sticky) and `range`; the one most
//   members ask for wins. The group epoch goes up when members join or leave, a subscription
//   or assignor changes, or a subscribed topic is created, deleted or gets more partitions.
// - Reconciliation as Kafka's CurrentAssignmentBuilder: a member first gets its assignment
//   minus what it must revoke (old epoch); once a heartbeat's TopicPartitions shows the revoked
//   partitions gone, it moves to the new epoch and gets every target partition no other member
//   still owns; the rest arrive in later heartbeats once released. Assignment is sent on
//   joins and whenever it or the epoch changed; null otherwise.
// - Timers on the cluster clock: no heartbeat within group.consumer.session.timeout.ms (45 s)
//   removes the member; not confirming a revocation within its RebalanceTimeoutMs removes it.
// - Errors: NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE, INVALID_REQUEST (Kafka's field checks,
//   with its messages), GROUP_ID_NOT_FOUND (unknown group with epoch != 0, or a classic group
//   with members holds the id), UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH (epoch ahead, or behind
//   and not the previous epoch with a subset of the assignment), FENCED_INSTANCE_ID,
//   UNRELEASED_INSTANCE_ID, UNSUPPORTED_ASSIGNOR, INVALID_REGULAR_EXPRESSION.
//
// Version notes:
// - v1 SubscribedTopicRegex is evaluated with JavaScript's RegExp against whole topic names
//   (Kafka uses RE2/J; the common subset agrees). RackId is stored and not used (no
//   rack-aware assignment). Classic-to-consumer group conversion (KIP-848 upgrade) is not
//   implemented.
import { type ConsumerGroupHeartbeatResponseInput, ErrorCode } from '@kafkaline/protocol';
import { coordinatorError } from './group-common.js';
import { defineHandler } from './handler.js';

function failed(errorCode: number): ConsumerGroupHeartbeatResponseInput {
  return { throttleTimeMs: 0, errorCode, errorMessage: null, memberId: null, memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null };
}

export const consumerGroupHeartbeat = defineHandler({
  api: 'ConsumerGroupHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  handle(ctx, request) {
    const notCoordinator = coordinatorError(ctx, request.groupId);
    if (notCoordinator !== ErrorCode.NONE) return failed(notCoordinator);
    return ctx.state.consumerGroups.heartbeat(request, { version: ctx.version, clientId: ctx.header.clientId ?? '', clientHost: ctx.clientHost });
  },
  errorResponse: (_ctx, _request, errorCode) => failed(errorCode),
});
