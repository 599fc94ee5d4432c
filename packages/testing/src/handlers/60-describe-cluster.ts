// DescribeCluster (key 60), versions 0-2.
//
// Behavior:
// - Cluster id, a live broker as controller id, and the live brokers (endpoint type 1, brokers);
//   v1 endpoint type 2 (controllers) gets UNSUPPORTED_ENDPOINT_TYPE, as a broker answers it.
// - v2 IncludeFencedBrokers adds the stopped brokers with IsFenced set.
//
// Version notes:
// - Authorized operations: everything when asked, else INT_MIN.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';

const ALL_CLUSTER_OPERATIONS = (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);

export const describeCluster = defineHandler({
  api: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, request) {
    const state = ctx.state;
    const v = ctx.version;
    const endpointType = v >= 1 ? request.endpointType : 1;
    const base = {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      ...(v >= 1 ? { endpointType } : {}),
      clusterId: state.clusterId,
      controllerId: state.controllerId(),
      clusterAuthorizedOperations: request.includeClusterAuthorizedOperations ? ALL_CLUSTER_OPERATIONS : -2147483648,
    };
    if (endpointType !== 1) return { ...base, errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, errorMessage: 'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER', brokers: [] };
    const includeFenced = v >= 2 && request.includeFencedBrokers;
    const brokers = state.brokers
      .filter((b) => b.up || includeFenced)
      .map((b) => ({ brokerId: b.id, host: b.host, port: b.port, rack: b.rack, ...(v >= 2 ? { isFenced: !b.up } : {}) }));
    return { ...base, brokers };
  },
  errorResponse(ctx, _request, errorCode) {
    return { throttleTimeMs: 0, errorCode, errorMessage: null, clusterId: ctx.state.clusterId, brokers: [] };
  },
});
