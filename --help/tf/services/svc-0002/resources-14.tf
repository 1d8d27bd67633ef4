resource "aws_dynamodb_table" "r14_0" {
  name = "${local.name}-14-0"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 92791 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_1" {
  name = "${local.name}-14-1"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 6431 for benchmarks; mentions 0.0.0.0/0 only in text"
}

