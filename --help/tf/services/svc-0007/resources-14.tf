resource "aws_sqs_queue" "r14_0" {
  name = "${local.name}-14-0"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 2259 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r14_1" {
  name = "${local.name}-14-1"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 3742 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_2" {
  name = "${local.name}-14-2"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 4721 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r14_3" {
  name = "${local.name}-14-3"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 10946 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_4" {
  name = "${local.name}-14-4"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 97878 for benchmarks; mentions 0.0.0.0/0 only in text"
}

