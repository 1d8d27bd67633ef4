resource "aws_sqs_queue" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 85968 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 61690 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_2" {
  name = "${local.name}-1-2"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 32454 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r1_3" {
  name = "${local.name}-1-3"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 93088 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_4" {
  name = "${local.name}-1-4"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 94610 for benchmarks; mentions 0.0.0.0/0 only in text"
}

