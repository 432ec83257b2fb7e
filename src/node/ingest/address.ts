import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetched URL must not reach unless the user allows it: the
 * machine itself, the local network, and cloud metadata endpoints
 * (169.254.169.254), so that a URL in an input list cannot probe them.
 */
const RANGES: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const LISTS = RANGES.map(([network, prefix, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return { list, label };
});

/**
 * The kind of non-public range `ip` lies in (`loopback`, `private`, ...), or
 * undefined for a public address. IPv4-mapped IPv6 (`::ffff:127.0.0.1`)
 * counts as the IPv4 address it maps.
 */
export function nonPublicRange(ip: string): string | undefined {
  const address = ip.replace(/^\[|\]$/g, '');
  const family = isIP(address);
  if (family === 0) return undefined;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  return LISTS.find(({ list }) => list.check(address, type))?.label;
}
