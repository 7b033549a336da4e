import { forbiddenRange, ipLiteral } from './address-policy';

describe(forbiddenRange.name, () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'linkLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['::7f00:1', 'notGlobalUnicast'],
    ['2001:db8::1', 'reserved'],
    ['pas-une-ip', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(forbiddenRange(address)).toBe(range);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(forbiddenRange(address)).toBeNull();
    },
  );
});

describe(ipLiteral.name, () => {
  it('reads IPv4 and bracketed IPv6 hosts, and leaves host names alone', () => {
    expect(ipLiteral('127.0.0.1')).toEqual({ address: '127.0.0.1', family: 4 });
    expect(ipLiteral('[::1]')).toEqual({ address: '::1', family: 6 });
    expect(ipLiteral('feeds.partner.test')).toBeNull();
    expect(ipLiteral('1.2.3.4.example')).toBeNull();
  });
});
