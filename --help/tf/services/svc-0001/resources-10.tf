resource "aws_dynamodb_table" "r10_0" {
  name = "${local.name}-10-0"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 8478 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r10_1" {
  name = "${local.name}-10-1"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 90851 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r10_2" {
  name = "${local.name}-10-2"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 73347 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r10_3" {
  name = "${local.name}-10-3"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 33602 for benchmarks; mentions 0.0.0.0/0 only in text"
}

