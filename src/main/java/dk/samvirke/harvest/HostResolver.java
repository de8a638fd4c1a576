package dk.samvirke.harvest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution, behind an interface so tests can answer as a rebinding DNS server would. */
@FunctionalInterface
interface HostResolver {

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
