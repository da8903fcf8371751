/*
 * rbac/csr-approval
 * update or patch on certificatesigningrequests/approval: approving
 * CertificateSigningRequests.
 */
import { probeRule, probes } from './rbac-rule.js';

export const csrApproval = probeRule(
  {
    id: 'rbac/csr-approval',
    tier: 'high',
    title: 'Subjects must not approve CertificateSigningRequests',
    rationale:
      'Approving a CertificateSigningRequest issues a client certificate the cluster trusts: with a signer such as kubernetes.io/kube-apiserver-client a subject can mint a certificate for any user or group, system:masters included.',
    remediation:
      'Remove update and patch on certificatesigningrequests/approval; leave approval to the controller manager or a dedicated, reviewed approver.',
  },
  'approve certificate requests and so issue trusted client certificates',
  probes(['update', 'patch'], 'certificates.k8s.io', ['certificatesigningrequests/approval'], 'any'),
);
