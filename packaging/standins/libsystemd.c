/* Stand-in for libsystemd, which Debian's libdbus-1 (Qt's link to the desktop's D-Bus)
 * links for two functions of a D-Bus *server* that systemd starts with its listening
 * sockets handed over (see README.md). The app is only ever a D-Bus client, and never
 * started that way: for such a program systemd's own library answers 0 (no sockets
 * handed over: LISTEN_FDS unset), and libdbus asks sd_is_socket only about the sockets
 * sd_listen_fds reported. */
int sd_listen_fds(int unset_environment) { (void)unset_environment; return 0; }

int sd_is_socket(int fd, int family, int type, int listening) {
    (void)fd; (void)family; (void)type; (void)listening;
    return 0;
}
