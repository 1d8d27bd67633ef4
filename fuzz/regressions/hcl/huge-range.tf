resource "aws_security_group" "x" {
  ingress {
    cidr_blocks = [for x in range(1000000000) : x]
  }
}
