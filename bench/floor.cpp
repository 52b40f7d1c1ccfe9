// The floor of starting a process: an empty C++ program built with mlcarbon's own compiler and
// linker flags (bench/CMakeLists.txt), against which one `mlcarbon estimate` is compared.
int main() { return 0; }
